#pragma once

#include "core/localized_text.h"

#include <QDate>
#include <QTimeZone>

// How catalog values read on screen, in each language: fees from fen, floors, event times in
// the hall's zone, day headings, step-free access. Content text is chosen elsewhere; these are
// the few strings the kiosk composes itself.
namespace catalog_format {

QString fee(qint64 fen, linli::Language language);
QString floor(int floor, linli::Language language);
QString timeRange(qint64 startUtc, qint64 endUtc, const QTimeZone &zone);
// "今天 · 11月22日 周日" / "Today · Sun 22 Nov"
QString day(const QDate &date, const QDate &today, linli::Language language);
// "有电梯 · 有坡道" / "Lift · Ramp"; empty when none.
QString access(bool lift, bool ramp, bool accessibleToilet, linli::Language language);

} // namespace catalog_format
