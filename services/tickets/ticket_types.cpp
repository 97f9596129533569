#include "tickets/ticket_types.h"

#include <QUuid>
#include <sodium.h>

namespace linli::tickets {

TicketKind kindOf(const Admits &admits)
{
    switch (admits.index()) {
    case 0:
        return TicketKind::Room;
    case 1:
        return TicketKind::Activity;
    default:
        return TicketKind::Meal;
    }
}

quint32 placeTag(PlaceKind kind, const QString &id)
{
    static const char *const prefixes[] = { "hall:", "room:", "event:", "canteen:" };
    sodiumReady();
    const QByteArray input = QByteArray(prefixes[static_cast<int>(kind)]) + id.toUtf8();
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(input.constData()),
        static_cast<unsigned long long>(input.size()), nullptr, 0);
    return (quint32(hash[0]) << 24) | (quint32(hash[1]) << 16) | (quint32(hash[2]) << 8) | quint32(hash[3]);
}

QString ticketIdText(const QByteArray &ticketId)
{
    if (ticketId.size() != kTicketIdBytes)
        return {};
    return QUuid::fromRfc4122(ticketId).toString(QUuid::WithoutBraces);
}

QString kindName(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Room:
        return QStringLiteral("room");
    case TicketKind::Activity:
        return QStringLiteral("activity");
    case TicketKind::Meal:
        return QStringLiteral("meal");
    }
    return {};
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace linli::tickets
