#include "hall_format.h"

#include <algorithm>
#include <QDateTime>

namespace {

// Every word and every order of a date is the translator's: the English source below, the
// Chinese in i18n/linli_zh_CN.ts. The disambiguations tell the translator where each is used.
struct Words {
    const char *source;
    const char *comment;
};

constexpr Words kWeekdayShort[] = {
    QT_TRANSLATE_NOOP3("HallFormat", "Mon", "weekday, short"),
    QT_TRANSLATE_NOOP3("HallFormat", "Tue", "weekday, short"),
    QT_TRANSLATE_NOOP3("HallFormat", "Wed", "weekday, short"),
    QT_TRANSLATE_NOOP3("HallFormat", "Thu", "weekday, short"),
    QT_TRANSLATE_NOOP3("HallFormat", "Fri", "weekday, short"),
    QT_TRANSLATE_NOOP3("HallFormat", "Sat", "weekday, short"),
    QT_TRANSLATE_NOOP3("HallFormat", "Sun", "weekday, short"),
};

constexpr Words kWeekday[] = {
    QT_TRANSLATE_NOOP3("HallFormat", "Monday", "weekday, in a full date"),
    QT_TRANSLATE_NOOP3("HallFormat", "Tuesday", "weekday, in a full date"),
    QT_TRANSLATE_NOOP3("HallFormat", "Wednesday", "weekday, in a full date"),
    QT_TRANSLATE_NOOP3("HallFormat", "Thursday", "weekday, in a full date"),
    QT_TRANSLATE_NOOP3("HallFormat", "Friday", "weekday, in a full date"),
    QT_TRANSLATE_NOOP3("HallFormat", "Saturday", "weekday, in a full date"),
    QT_TRANSLATE_NOOP3("HallFormat", "Sunday", "weekday, in a full date"),
};

// %1 is the day of the month: "24 Nov" / "11月24日".
constexpr Words kDayOfMonth[] = {
    QT_TRANSLATE_NOOP3("HallFormat", "%1 Jan", "day of the month (%1) and month"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 Feb", "day of the month (%1) and month"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 Mar", "day of the month (%1) and month"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 Apr", "day of the month (%1) and month"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 May", "day of the month (%1) and month"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 Jun", "day of the month (%1) and month"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 Jul", "day of the month (%1) and month"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 Aug", "day of the month (%1) and month"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 Sep", "day of the month (%1) and month"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 Oct", "day of the month (%1) and month"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 Nov", "day of the month (%1) and month"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 Dec", "day of the month (%1) and month"),
};

// A day button is about 300 px wide at heading size: "11月24日 周二" does not fit, so Chinese
// leaves the month out there ("24日 周二"); "Tue 24 Nov" fits.
constexpr Words kDayOnButton[] = {
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 Jan", "day of the month (%1) on a narrow day button; may leave out the month"),
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 Feb", "day of the month (%1) on a narrow day button; may leave out the month"),
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 Mar", "day of the month (%1) on a narrow day button; may leave out the month"),
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 Apr", "day of the month (%1) on a narrow day button; may leave out the month"),
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 May", "day of the month (%1) on a narrow day button; may leave out the month"),
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 Jun", "day of the month (%1) on a narrow day button; may leave out the month"),
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 Jul", "day of the month (%1) on a narrow day button; may leave out the month"),
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 Aug", "day of the month (%1) on a narrow day button; may leave out the month"),
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 Sep", "day of the month (%1) on a narrow day button; may leave out the month"),
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 Oct", "day of the month (%1) on a narrow day button; may leave out the month"),
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 Nov", "day of the month (%1) on a narrow day button; may leave out the month"),
    QT_TRANSLATE_NOOP3(
        "HallFormat", "%1 Dec", "day of the month (%1) on a narrow day button; may leave out the month"),
};

// %1 is the day of the month, %2 the year: "23 November 2026" / "2026年11月23日".
constexpr Words kFullDate[] = {
    QT_TRANSLATE_NOOP3("HallFormat", "%1 January %2", "day of the month (%1), month and year (%2)"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 February %2", "day of the month (%1), month and year (%2)"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 March %2", "day of the month (%1), month and year (%2)"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 April %2", "day of the month (%1), month and year (%2)"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 May %2", "day of the month (%1), month and year (%2)"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 June %2", "day of the month (%1), month and year (%2)"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 July %2", "day of the month (%1), month and year (%2)"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 August %2", "day of the month (%1), month and year (%2)"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 September %2", "day of the month (%1), month and year (%2)"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 October %2", "day of the month (%1), month and year (%2)"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 November %2", "day of the month (%1), month and year (%2)"),
    QT_TRANSLATE_NOOP3("HallFormat", "%1 December %2", "day of the month (%1), month and year (%2)"),
};

QString translated(const Words &words)
{
    return QCoreApplication::translate("HallFormat", words.source, words.comment);
}

// One order for a weekday and its date, whichever the length: "Tue 24 Nov", "Monday 23
// November 2026"; "11月24日 周二", "2026年11月23日 周一".
QString weekdayAndDate(const Words &weekday, const QString &date)
{
    //: A weekday (%1: "Tue", "Monday") and its date (%2: "24 Nov", "23 November 2026").
    return QCoreApplication::translate("HallFormat", "%1 %2", "weekday and date")
        .arg(translated(weekday), date);
}

QString clockTime(const QDateTime &at)
{
    return QStringLiteral("%1:%2")
        .arg(at.time().hour(), 2, 10, QLatin1Char('0'))
        .arg(at.time().minute(), 2, 10, QLatin1Char('0'));
}

} // namespace

HallFormat::HallFormat(QTimeZone zone, const LanguageController &language)
    : m_zone(std::move(zone))
    , m_language(&language)
{
}

const QTimeZone &HallFormat::zone() const
{
    return m_zone;
}

QDate HallFormat::localDate(qint64 utc) const
{
    return QDateTime::fromSecsSinceEpoch(utc, m_zone).date();
}

QString HallFormat::date(const QDate &day) const
{
    if (!day.isValid())
        return {};
    return weekdayAndDate(
        kWeekday[day.dayOfWeek() - 1], translated(kFullDate[day.month() - 1]).arg(day.day()).arg(day.year()));
}

QString HallFormat::date(qint64 utc) const
{
    return date(localDate(utc));
}

QString HallFormat::dayHeading(const QDate &day, const QDate &today) const
{
    if (!day.isValid())
        return {};
    const QString shortDate = weekdayAndDate(
        kWeekdayShort[day.dayOfWeek() - 1], translated(kDayOfMonth[day.month() - 1]).arg(day.day()));
    const qint64 offset = today.daysTo(day);
    if (offset == 0)
        //: A day heading: today, then its date ("Sun 22 Nov").
        return tr("Today · %1").arg(shortDate);
    if (offset == 1)
        //: A day heading: tomorrow, then its date ("Mon 23 Nov").
        return tr("Tomorrow · %1").arg(shortDate);
    return shortDate;
}

QString HallFormat::dayButton(const QDate &day, const QDate &today) const
{
    if (!day.isValid())
        return {};
    const qint64 offset = today.daysTo(day);
    if (offset == 0)
        //: On a day button.
        return tr("Today");
    if (offset == 1)
        //: On a day button.
        return tr("Tomorrow");
    return weekdayAndDate(
        kWeekdayShort[day.dayOfWeek() - 1], translated(kDayOnButton[day.month() - 1]).arg(day.day()));
}

QString HallFormat::time(qint64 utc) const
{
    return clockTime(QDateTime::fromSecsSinceEpoch(utc, m_zone));
}

QString HallFormat::timeRange(qint64 fromUtc, qint64 toUtc) const
{
    return time(fromUtc) + QStringLiteral("–") + time(toUtc);
}

QString HallFormat::when(qint64 fromUtc, qint64 toUtc) const
{
    return date(fromUtc) + QLatin1Char(' ') + timeRange(fromUtc, toUtc);
}

QString HallFormat::duration(int minutes) const
{
    const int total = std::max(0, minutes);
    const int hours = total / 60, rest = total % 60;
    //: A length of time in whole hours.
    const QString h = tr("%n hour(s)", nullptr, hours);
    //: A length of time in minutes.
    const QString m = tr("%n minute(s)", nullptr, rest);
    if (hours > 0 && rest > 0)
        //: A length of time: hours (%1, "1 hour") and minutes (%2, "30 minutes").
        return tr("%1 %2", "hours and minutes").arg(h, m);
    return hours > 0 ? h : m;
}

QString HallFormat::money(qint64 fen) const
{
    // Whole fen only: yuan and fen are split with integer arithmetic, never through a double.
    const quint64 size = fen < 0 ? 0 - static_cast<quint64>(fen) : static_cast<quint64>(fen);
    const QString amount = QStringLiteral("¥%1.%2")
                               .arg(size / 100)
                               .arg(static_cast<uint>(size % 100), 2, 10, QLatin1Char('0'));
    return fen < 0 ? QStringLiteral("−") + amount : amount;
}

QString HallFormat::fee(qint64 fen) const
{
    //: What a service costs when it costs nothing (not "free" as in a free time).
    return fen == 0 ? tr("Free", "no charge") : money(fen);
}

QString HallFormat::floor(int floor) const
{
    if (floor == 0)
        return {};
    if (floor < 0)
        //: A floor below ground: B1 is the first basement.
        return tr("B%1").arg(-floor);
    //: A floor above ground: 2F is the second floor (the ground floor is 1F).
    return tr("%1F").arg(floor);
}
