#pragma once

#include "tickets/signing_key.h"
#include "tickets/ticket_body.h"
#include "tickets/ticket_text.h"

#include <QUuid>
#include <random>

// Tickets of every kind with fields drawn across their whole range, the same ones on every run
// (a seeded generator): for round trips and benchmarks.
namespace linli::tickets::test {

inline constexpr qint64 k2026 = 1767225600; // 2026-01-01T00:00:00Z

class TicketGenerator {
public:
    explicit TicketGenerator(quint32 seed, quint32 hall, quint32 keyId)
        : m_random(seed)
        , m_hall(hall)
        , m_keyId(keyId)
    {
    }

    Ticket next()
    {
        Ticket t;
        t.ticketId = bytes(kTicketIdBytes);
        t.hall = m_hall;
        t.keyId = m_keyId;
        t.issuedAtUtc = k2026 + between(0, 365 * 86400);
        t.validFromUtc = t.issuedAtUtc + between(0, 30 * 86400);
        t.validUntilUtc = t.validFromUtc + between(0, 86400);
        t.partySize = static_cast<int>(between(1, kMaxPartySize));
        t.holder = bytes(kHolderBytes);
        switch (between(0, 2)) {
        case 0:
            t.admits
                = RoomAdmission{ tag(), t.validFromUtc + 900, static_cast<int>(between(1, kMaxRoomMinutes)) };
            break;
        case 1:
            t.admits = ActivityAdmission{ tag(), t.validFromUtc + 1800 };
            break;
        default:
            t.admits = MealAdmission{ tag(), QDate(2026, 1, 1).addDays(between(0, 40000)),
                static_cast<canteen::MealPeriod>(between(0, 2)), between(0, 1) == 1 };
        }
        t.kind = kindOf(t.admits);
        return t;
    }

    // The widest ticket the bounds allow: every varint at its largest.
    static Ticket widest(quint32 hall, quint32 keyId)
    {
        Ticket t;
        t.ticketId = QByteArray(kTicketIdBytes, '\xff');
        t.hall = hall;
        t.keyId = keyId;
        t.issuedAtUtc = t.validFromUtc = t.validUntilUtc = 0xFFFFFFFFLL;
        t.partySize = kMaxPartySize;
        t.holder = QByteArray(kHolderBytes, '\xff');
        t.admits = RoomAdmission{ 0xFFFFFFFFu, 0xFFFFFFFFLL, kMaxRoomMinutes };
        t.kind = TicketKind::Room;
        return t;
    }

private:
    qint64 between(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_random);
    }
    quint32 tag() { return static_cast<quint32>(between(1, 0xFFFFFFFFLL)); }
    QByteArray bytes(int n)
    {
        QByteArray b(n, '\0');
        for (char &c : b)
            c = static_cast<char>(between(0, 255));
        return b;
    }

    std::mt19937_64 m_random;
    quint32 m_hall, m_keyId;
};

inline QString signedText(const Ticket &t, const SigningKey &key)
{
    const QByteArray body = serializeBody(t);
    return ticketText({ body, key.sign(body) });
}

} // namespace linli::tickets::test
