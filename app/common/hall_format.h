#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

class LanguageController;

// How the kiosk writes the hall's dates, times, durations and money, in the current language
// (words through tr(), so the .ts file holds them). Every screen uses this one formatter, so a
// day reads the same wherever it appears: 周一 … 周日 and 11月24日 in Chinese, Mon 24 Nov in
// English. tr() follows the translator the LanguageController has installed: call these when
// the text is needed rather than keeping the result across a language switch.
class HallFormat {
    Q_DECLARE_TR_FUNCTIONS(HallFormat)
public:
    HallFormat(QTimeZone zone, const LanguageController &language);
    const QTimeZone &zone() const;
    QDate localDate(qint64 utc) const;
    // The full date: zh "2026年11月23日 周一", en "Monday 23 November 2026".
    QString date(const QDate &day) const;
    // The same, of an instant's local day.
    QString date(qint64 utc) const;
    // "今天 · 11月22日 周日" / "Today · Sun 22 Nov"; "明天 · …" / "Tomorrow · …";
    // else "11月24日 周二" / "Tue 24 Nov".
    QString dayHeading(const QDate &day, const QDate &today) const;
    // Short, for a day button (about 300 px at heading size): "今天" / "Today", "明天" /
    // "Tomorrow"; else "24日 周二" / "Tue 24 Nov" (Chinese leaves the month out to fit).
    QString dayButton(const QDate &day, const QDate &today) const;
    // "15:00" in the hall's zone.
    QString time(qint64 utc) const;
    // "15:00–16:00".
    QString timeRange(qint64 fromUtc, qint64 toUtc) const;
    // date(from) + " " + timeRange.
    QString when(qint64 fromUtc, qint64 toUtc) const;
    // zh "1小时30分钟" / "1小时" / "45分钟"; en "1 hour 30 minutes", "2 hours", "1 minute".
    QString duration(int minutes) const;
    // "¥12.50" from whole fen (never floating point); negative amounts "−¥1.00".
    QString money(qint64 fen) const;
    // money, or "免费" / "Free" when 0.
    QString fee(qint64 fen) const;
    // "2楼" / "2F", "地下1层" / "B1", "" for 0.
    QString floor(int floor) const;

private:
    QTimeZone m_zone;
    // The controller whose translator tr() reads; a formatter is made for one kiosk's language.
    const LanguageController *m_language;
};
