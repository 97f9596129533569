#include "catalog_format.h"

#include <QDateTime>
#include <QStringList>

namespace catalog_format {

using linli::Language;

QString fee(qint64 fen, Language language)
{
    if (fen <= 0)
        return language == Language::English ? QStringLiteral("Free") : QStringLiteral("免费");
    return QStringLiteral("¥%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

QString floor(int floor, Language language)
{
    if (floor == 0)
        return {};
    if (floor < 0)
        return language == Language::English ? QStringLiteral("B%1").arg(-floor) : QStringLiteral("地下%1层").arg(-floor);
    return language == Language::English ? QStringLiteral("%1F").arg(floor) : QStringLiteral("%1楼").arg(floor);
}

QString timeRange(qint64 startUtc, qint64 endUtc, const QTimeZone &zone)
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(startUtc, zone);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(endUtc, zone);
    return start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + end.toString(QStringLiteral("HH:mm"));
}

QString day(const QDate &date, const QDate &today, Language language)
{
    static const char *const zhWeek[] = {"", "周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    static const char *const enWeek[] = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const enMonth[] = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const qint64 offset = today.daysTo(date);
    if (language == Language::English) {
        const QString d = QStringLiteral("%1 %2 %3").arg(QLatin1String(enWeek[date.dayOfWeek()])).arg(date.day())
                              .arg(QLatin1String(enMonth[date.month()]));
        return offset == 0 ? QStringLiteral("Today · ") + d : offset == 1 ? QStringLiteral("Tomorrow · ") + d : d;
    }
    const QString d = QStringLiteral("%1月%2日 %3").arg(date.month()).arg(date.day())
                          .arg(QString::fromUtf8(zhWeek[date.dayOfWeek()]));
    return offset == 0 ? QStringLiteral("今天 · ") + d : offset == 1 ? QStringLiteral("明天 · ") + d : d;
}

QString access(bool lift, bool ramp, bool accessibleToilet, Language language)
{
    const bool en = language == Language::English;
    QStringList parts;
    if (lift)
        parts << (en ? QStringLiteral("Lift") : QStringLiteral("有电梯"));
    if (ramp)
        parts << (en ? QStringLiteral("Ramp") : QStringLiteral("有坡道"));
    if (accessibleToilet)
        parts << (en ? QStringLiteral("Accessible toilet") : QStringLiteral("无障碍卫生间"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace catalog_format
