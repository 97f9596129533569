#pragma once

#include "core/localized_text.h"

#include <optional>
#include <QTimeZone>
#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::information {

struct Hall {
    QString id;
    LocalizedText name;
    LocalizedText subdistrict;
    LocalizedText address;
    LocalizedText hours;
    QString phone;
    QTimeZone timeZone;
};

// The hall this kiosk stands in; nullopt while no content is loaded.
std::optional<Hall> loadHall(storage::Database &db);

enum class NoticePriority { Info = 0, Normal = 1, Urgent = 2 };

struct Notice {
    QString id;
    NoticePriority priority = NoticePriority::Normal;
    LocalizedText title;
    LocalizedText body;
    qint64 validFromUtc = 0;
    qint64 validUntilUtc = 0;
};

// Notices valid at nowUtc (from <= now < until) of at least minPriority, most urgent and newest first.
std::vector<Notice> activeNotices(storage::Database &db, qint64 nowUtc, NoticePriority minPriority);

// The next instant after nowUtc at which some notice starts or stops being valid, so a view
// can refresh exactly then instead of polling.
std::optional<qint64> nextNoticeChange(storage::Database &db, qint64 nowUtc);

} // namespace linli::information
