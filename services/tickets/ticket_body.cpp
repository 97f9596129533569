#include "tickets/ticket_body.h"

#include "linli/v1/ticket.pb.h"

#include <limits>

namespace linli::tickets {

namespace {

const QDate kEpochDay(1970, 1, 1);
constexpr qint64 kMaxMealDay = 0xFFFF; // year 2149: three bytes of varint at most

bool fitsFixed32(qint64 secs)
{
    return secs >= 0 && secs <= std::numeric_limits<quint32>::max();
}

v1::MealPeriod toWire(canteen::MealPeriod p)
{
    switch (p) {
    case canteen::MealPeriod::Breakfast:
        return v1::MEAL_PERIOD_BREAKFAST;
    case canteen::MealPeriod::Lunch:
        return v1::MEAL_PERIOD_LUNCH;
    case canteen::MealPeriod::Dinner:
        return v1::MEAL_PERIOD_DINNER;
    }
    return v1::MEAL_PERIOD_UNSPECIFIED;
}

v1::TicketKind toWire(TicketKind k)
{
    switch (k) {
    case TicketKind::Room:
        return v1::TICKET_KIND_ROOM;
    case TicketKind::Activity:
        return v1::TICKET_KIND_ACTIVITY;
    case TicketKind::Meal:
        return v1::TICKET_KIND_MEAL;
    }
    return v1::TICKET_KIND_UNSPECIFIED;
}

std::string bytes(const QByteArray &b)
{
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// The admission of a body, or nullopt when it has none or a field is unusable.
std::optional<Admits> admitsOf(const v1::TicketBody &body)
{
    switch (body.admits_case()) {
    case v1::TicketBody::kRoom:
        return RoomAdmission{ body.room().room(), body.room().starts_at(),
            static_cast<int>(body.room().minutes()) };
    case v1::TicketBody::kActivity:
        return ActivityAdmission{ body.activity().activity(), body.activity().starts_at() };
    case v1::TicketBody::kMeal: {
        const v1::MealAdmission &m = body.meal();
        canteen::MealPeriod period;
        switch (m.period()) {
        case v1::MEAL_PERIOD_BREAKFAST:
            period = canteen::MealPeriod::Breakfast;
            break;
        case v1::MEAL_PERIOD_LUNCH:
            period = canteen::MealPeriod::Lunch;
            break;
        case v1::MEAL_PERIOD_DINNER:
            period = canteen::MealPeriod::Dinner;
            break;
        default:
            return std::nullopt;
        }
        if (m.meal_day() > kMaxMealDay)
            return std::nullopt;
        return MealAdmission{ m.canteen(), kEpochDay.addDays(m.meal_day()), period, m.delivery() };
    }
    default:
        return std::nullopt;
    }
}

std::optional<TicketKind> kindFrom(v1::TicketKind k)
{
    switch (k) {
    case v1::TICKET_KIND_ROOM:
        return TicketKind::Room;
    case v1::TICKET_KIND_ACTIVITY:
        return TicketKind::Activity;
    case v1::TICKET_KIND_MEAL:
        return TicketKind::Meal;
    default:
        return std::nullopt;
    }
}

} // namespace

QString boundsProblem(const Ticket &t)
{
    if (t.formatVersion != kFormatVersion)
        return QStringLiteral("format version %1").arg(t.formatVersion);
    if (t.ticketId.size() != kTicketIdBytes)
        return QStringLiteral("ticket id of %1 bytes").arg(t.ticketId.size());
    if (t.holder.size() != kHolderBytes)
        return QStringLiteral("holder of %1 bytes").arg(t.holder.size());
    if (t.kind != kindOf(t.admits))
        return QStringLiteral("kind disagrees with the admission");
    if (t.partySize < 1 || t.partySize > kMaxPartySize)
        return QStringLiteral("party size %1").arg(t.partySize);
    if (!fitsFixed32(t.issuedAtUtc) || !fitsFixed32(t.validFromUtc) || !fitsFixed32(t.validUntilUtc))
        return QStringLiteral("a time outside 1970-2106");
    if (t.validUntilUtc < t.validFromUtc)
        return QStringLiteral("validity ends before it starts");
    if (const auto *room = std::get_if<RoomAdmission>(&t.admits)) {
        if (!fitsFixed32(room->startsAtUtc) || room->minutes < 1 || room->minutes > kMaxRoomMinutes)
            return QStringLiteral("room slots out of range");
    } else if (const auto *activity = std::get_if<ActivityAdmission>(&t.admits)) {
        if (!fitsFixed32(activity->startsAtUtc))
            return QStringLiteral("activity start out of range");
    } else {
        const auto &meal = std::get<MealAdmission>(t.admits);
        const qint64 day = kEpochDay.daysTo(meal.mealDate);
        if (!meal.mealDate.isValid() || day < 0 || day > kMaxMealDay)
            return QStringLiteral("meal date out of range");
    }
    return {};
}

QByteArray serializeBody(const Ticket &t)
{
    v1::TicketBody body;
    body.set_format_version(t.formatVersion);
    body.set_ticket_id(bytes(t.ticketId));
    body.set_kind(toWire(t.kind));
    body.set_hall(t.hall);
    body.set_key_id(t.keyId);
    body.set_issued_at(static_cast<quint32>(t.issuedAtUtc));
    body.set_valid_from(static_cast<quint32>(t.validFromUtc));
    body.set_valid_until(static_cast<quint32>(t.validUntilUtc));
    body.set_party_size(static_cast<quint32>(t.partySize));
    body.set_holder(bytes(t.holder));
    if (const auto *room = std::get_if<RoomAdmission>(&t.admits)) {
        v1::RoomAdmission *r = body.mutable_room();
        r->set_room(room->room);
        r->set_starts_at(static_cast<quint32>(room->startsAtUtc));
        r->set_minutes(static_cast<quint32>(room->minutes));
    } else if (const auto *activity = std::get_if<ActivityAdmission>(&t.admits)) {
        v1::ActivityAdmission *a = body.mutable_activity();
        a->set_activity(activity->activity);
        a->set_starts_at(static_cast<quint32>(activity->startsAtUtc));
    } else {
        const auto &meal = std::get<MealAdmission>(t.admits);
        v1::MealAdmission *m = body.mutable_meal();
        m->set_canteen(meal.canteen);
        m->set_meal_day(static_cast<quint32>(kEpochDay.daysTo(meal.mealDate)));
        m->set_period(toWire(meal.period));
        m->set_delivery(meal.delivery);
    }
    return bytes(body.SerializeAsString());
}

ParsedBody parseBody(const QByteArray &data)
{
    ParsedBody parsed;
    v1::TicketBody body;
    if (!body.ParseFromArray(data.constData(), static_cast<int>(data.size())))
        return parsed;
    parsed.version = body.format_version();
    if (parsed.version != kFormatVersion) {
        parsed.problem = ParsedBody::Problem::UnsupportedVersion;
        return parsed;
    }
    parsed.problem = ParsedBody::Problem::Inconsistent;
    const auto kind = kindFrom(body.kind());
    const auto admits = admitsOf(body);
    if (!kind || !admits)
        return parsed;
    Ticket &t = parsed.ticket;
    t.formatVersion = body.format_version();
    t.ticketId = bytes(body.ticket_id());
    t.kind = *kind;
    t.hall = body.hall();
    t.keyId = body.key_id();
    t.issuedAtUtc = body.issued_at();
    t.validFromUtc = body.valid_from();
    t.validUntilUtc = body.valid_until();
    t.partySize = body.party_size() > kMaxPartySize ? 0 : static_cast<int>(body.party_size());
    t.holder = bytes(body.holder());
    t.admits = *admits;
    if (boundsProblem(t).isEmpty())
        parsed.problem = ParsedBody::Problem::None;
    return parsed;
}

} // namespace linli::tickets
