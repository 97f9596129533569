#include "commands/event_summary.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace linli::central::commands {

namespace {

constexpr qsizetype kMaxRawChars = 60;

QString field(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QStringLiteral("?");
}

QString yuan(qint64 fen)
{
    const qint64 magnitude = std::abs(fen);
    return QStringLiteral("%1¥%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString slot(const QJsonObject &o, const QTimeZone &zone)
{
    const QJsonValue from = o.value(QLatin1String("starts_at_utc"));
    const QJsonValue to = o.value(QLatin1String("ends_at_utc"));
    if (!from.isDouble())
        return QStringLiteral("?");
    const QDateTime start = QDateTime::fromSecsSinceEpoch(from.toInteger(), zone);
    QString text = start.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (to.isDouble()) {
        const QDateTime end = QDateTime::fromSecsSinceEpoch(to.toInteger(), zone);
        text += u'-'
            + end.toString(
                end.date() == start.date() ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return text + QStringLiteral(" (%1)").arg(QString::fromUtf8(zone.id()));
}

QString booking(const QJsonObject &o, const QTimeZone &zone)
{
    return QStringLiteral("room %1 %2").arg(field(o, "room_id"), slot(o, zone));
}

QString mealOrder(const QJsonObject &o)
{
    QString text
        = QStringLiteral("dish %1 x%2 for %3 %4")
              .arg(field(o, "dish_id"), field(o, "quantity"), field(o, "meal_date"), field(o, "period"));
    if (o.value(QLatin1String("to_pay_fen")).isDouble())
        text += QStringLiteral(", to pay %1").arg(yuan(o.value(QLatin1String("to_pay_fen")).toInteger()));
    return text;
}

QString ticket(const QJsonObject &o)
{
    QString text = QStringLiteral("ticket %1").arg(field(o, "ticket_id").left(8));
    if (o.contains(QLatin1String("place_id")))
        text += QStringLiteral(" at %1").arg(field(o, "place_id"));
    if (o.contains(QLatin1String("result")))
        text += QStringLiteral(": %1").arg(field(o, "result"));
    return text;
}

// Kinds this server does not know yet still get a glimpse of what they carry.
QString raw(const QByteArray &payload)
{
    const QString text = QString::fromUtf8(payload).simplified();
    return text.size() > kMaxRawChars ? text.left(kMaxRawChars) + QStringLiteral("...") : text;
}

} // namespace

QString eventSummary(const StoredEvent &e, const QTimeZone &hallZone)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(e.payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return QStringLiteral("(not a JSON object: %1 bytes)").arg(e.payload.size());
    const QJsonObject o = doc.object();
    if (e.kind.startsWith(QLatin1String("booking.")))
        return booking(o, hallZone);
    if (e.kind.startsWith(QLatin1String("meal_order.")))
        return mealOrder(o);
    if (e.kind.startsWith(QLatin1String("event.")))
        return QStringLiteral("activity %1").arg(field(o, "event_id"));
    if (e.kind.startsWith(QLatin1String("ticket.")))
        return ticket(o);
    if (e.kind.startsWith(QLatin1String("voucher.")) && o.value(QLatin1String("amount_fen")).isDouble())
        return QStringLiteral("voucher %1").arg(yuan(o.value(QLatin1String("amount_fen")).toInteger()));
    return raw(e.payload);
}

QString eventResult(const StoredEvent &e)
{
    if (e.accepted)
        return QStringLiteral("accepted");
    return QStringLiteral("rejected %1: %2 / %3").arg(e.reasonCode, e.reasonZh, e.reasonEn);
}

} // namespace linli::central::commands
