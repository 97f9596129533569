#pragma once

#include "canteen/canteen_types.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <variant>

// A ticket as the services see it; proto/linli/v1/ticket.proto is its wire form.
namespace linli::tickets {

inline constexpr quint32 kFormatVersion = 1;
inline constexpr int kTicketIdBytes = 16;
inline constexpr int kHolderBytes = 8;
inline constexpr int kMaxPartySize = 99;
inline constexpr int kMaxRoomMinutes = 1440;

enum class TicketKind { Room, Activity, Meal };

struct RoomAdmission {
    quint32 room = 0; // placeTag(PlaceKind::Room, id)
    qint64 startsAtUtc = 0;
    int minutes = 0;
    bool operator==(const RoomAdmission &) const = default;
};

struct ActivityAdmission {
    quint32 activity = 0; // placeTag(PlaceKind::Activity, id)
    qint64 startsAtUtc = 0;
    bool operator==(const ActivityAdmission &) const = default;
};

struct MealAdmission {
    quint32 canteen = 0; // placeTag(PlaceKind::Canteen, id)
    QDate mealDate; // the hall's local date
    canteen::MealPeriod period = canteen::MealPeriod::Lunch;
    bool delivery = false;
    bool operator==(const MealAdmission &) const = default;
};

using Admits = std::variant<RoomAdmission, ActivityAdmission, MealAdmission>;

struct Ticket {
    quint32 formatVersion = kFormatVersion;
    QByteArray ticketId; // kTicketIdBytes, a UUID
    TicketKind kind = TicketKind::Room;
    quint32 hall = 0; // placeTag(PlaceKind::Hall, id)
    quint32 keyId = 0;
    qint64 issuedAtUtc = 0;
    qint64 validFromUtc = 0, validUntilUtc = 0; // both inclusive
    int partySize = 1;
    QByteArray holder; // kHolderBytes, pseudonymous
    Admits admits;

    bool operator==(const Ticket &) const = default;
};

// The kind a ticket's admission implies (a body whose kind says otherwise is damaged).
TicketKind kindOf(const Admits &admits);

enum class PlaceKind { Hall, Room, Activity, Canteen };

// The 4-byte tag a ticket names a place by: the first four bytes, big-endian, of
// BLAKE2b-256("hall:<id>"), ("room:<id>", "event:<id>", "canteen:<id>").
quint32 placeTag(PlaceKind kind, const QString &id);

// The ticket id as a UUID string without braces ("" when it is not 16 bytes).
QString ticketIdText(const QByteArray &ticketId);
// The stored and outbox name of a kind: room, activity, meal.
QString kindName(TicketKind kind);

// libsodium, initialised once (thread-safe); false only when the library cannot start.
bool sodiumReady();

} // namespace linli::tickets
