#include "booking/room_schedule.h"

#include "booking/reasons.h"
#include "escrow/resources.h"
#include "storage/database.h"

#include <algorithm>

namespace linli::booking {

namespace {

RoomRules rulesFrom(storage::Statement &q)
{
    RoomRules r;
    r.roomId = q.text(0);
    r.roomName = { q.text(1), q.text(2) };
    r.capacity = q.integer(3);
    r.slotMinutes = q.integer(4);
    r.horizonDays = q.integer(5);
    r.maxSlotsPerBooking = q.integer(6);
    r.approvalRequired = q.integer(7) != 0;
    r.maxUpcomingPerResident = q.integer(8);
    r.maxMinutesPerWeek = q.integer(9);
    r.minNoticeMinutes = q.integer(10);
    r.minCancelNoticeMinutes = q.integer(11);
    return r;
}

constexpr const char *kRulesSql
    = "SELECT r.id, r.name_zh, r.name_en, r.capacity, b.slot_minutes, b.horizon_days, "
      "b.max_slots_per_booking, "
      "b.approval_required, b.max_upcoming_per_resident, b.max_minutes_per_week, b.min_notice_minutes, "
      "b.min_cancel_notice_minutes FROM room r JOIN room_booking_rule b ON b.room_id = r.id WHERE r.bookable "
      "= 1 ";

void loadDetails(storage::Database &db, RoomSchedule &s)
{
    auto h = db.prepare("SELECT weekday, open_minute, close_minute FROM room_weekly_hours WHERE room_id = ? "
                        "ORDER BY weekday, open_minute");
    h.bind(1, s.rules.roomId);
    while (h.step())
        s.hours.push_back({ h.integer(0), h.integer(1), h.integer(2) });
    auto c = db.prepare(
        "SELECT kind, first_day, last_day, reason_zh, reason_en FROM room_closure WHERE room_id = ?");
    c.bind(1, s.rules.roomId);
    while (c.step())
        s.closures.push_back({ c.text(0) == u"out_of_service", QDate::fromString(c.text(1), Qt::ISODate),
            QDate::fromString(c.text(2), Qt::ISODate), { c.text(3), c.text(4) } });
}

} // namespace

std::optional<RoomSchedule> loadRoomSchedule(storage::Database &db, const QString &roomId)
{
    auto q = db.prepare(std::string(kRulesSql) + "AND r.id = ?");
    q.bind(1, roomId);
    if (!q.step())
        return std::nullopt;
    RoomSchedule s{ rulesFrom(q), {}, {} };
    loadDetails(db, s);
    return s;
}

std::vector<RoomSchedule> loadAllSchedules(storage::Database &db)
{
    std::vector<RoomSchedule> all;
    auto q = db.prepare(std::string(kRulesSql) + "ORDER BY r.sort_order, r.id");
    while (q.step())
        all.push_back({ rulesFrom(q), {}, {} });
    for (auto &s : all)
        loadDetails(db, s);
    return all;
}

std::set<qint64> takenSlots(storage::Database &db, const QString &roomId, qint64 fromUtc, qint64 toUtc)
{
    std::set<qint64> taken;
    auto q = db.prepare("SELECT slot_start_utc FROM booking_slot WHERE room_id = ? AND slot_start_utc >= ? "
                        "AND slot_start_utc < ?");
    q.bind(1, roomId).bind(2, fromUtc).bind(3, toUtc);
    while (q.step())
        taken.insert(q.int64(0));
    return taken;
}

QDate lastBookableDay(const RoomSchedule &room, const HallTime &time, qint64 nowUtc)
{
    return time.localDate(nowUtc).addDays(room.rules.horizonDays - 1);
}

std::optional<LocalizedText> closedReason(const RoomSchedule &room, const QDate &day)
{
    // Out of service wins over a holiday: it is the reason staff want residents to read.
    std::optional<LocalizedText> holiday;
    for (const Closure &c : room.closures) {
        if (day < c.firstDay || day > c.lastDay)
            continue;
        if (c.outOfService)
            return c.reason;
        holiday = c.reason;
    }
    return holiday;
}

DayPlan planDay(const RoomSchedule &room, const HallTime &time, const QDate &day, qint64 nowUtc,
    const std::set<qint64> &taken)
{
    DayPlan plan;
    plan.day = day;
    if (auto why = closedReason(room, day)) {
        plan.closedReason = *why;
        return plan;
    }
    const qint64 slotSecs = room.rules.slotMinutes * 60LL;
    // Time-zone conversions dominate the cost of a plan: convert midnight once and add
    // minutes, unless the day is not 24 hours long (a change of daylight saving time).
    const qint64 midnight = time.utcOf(day, 0);
    const bool plainDay = time.utcOf(day, 1440) - midnight == 86400;
    const qint64 noticeSecs = room.rules.minNoticeMinutes * 60LL;
    for (const OpeningHours &h : room.hours) {
        if (h.weekday != day.dayOfWeek())
            continue;
        for (const int m :
            escrow::resources::slotStartMinutes(h.openMinute, h.closeMinute, room.rules.slotMinutes)) {
            Slot s;
            s.startUtc = plainDay ? midnight + m * 60LL : time.utcOf(day, m);
            s.endUtc = s.startUtc + slotSecs;
            s.state = taken.count(s.startUtc)      ? SlotState::Taken
                : s.startUtc <= nowUtc             ? SlotState::Past
                : s.startUtc - nowUtc < noticeSecs ? SlotState::TooSoon
                                                   : SlotState::Free;
            plan.times.push_back(s);
        }
    }
    plan.open = !plan.times.empty();
    if (!plan.open)
        plan.closedReason = { QStringLiteral("这一天不开放。"), QStringLiteral("Closed on this day.") };
    return plan;
}

int longestBookingFrom(const RoomRules &rules, const DayPlan &plan, qint64 startUtc)
{
    const qint64 slotSecs = rules.slotMinutes * 60LL;
    auto it = std::find_if(
        plan.times.begin(), plan.times.end(), [&](const Slot &s) { return s.startUtc == startUtc; });
    int n = 0;
    for (qint64 expected = startUtc; it != plan.times.end() && n < rules.maxSlotsPerBooking; ++it) {
        if (it->startUtc != expected || it->state != SlotState::Free)
            break;
        ++n;
        expected += slotSecs;
    }
    return n;
}

Outcome checkRequest(const RoomSchedule &room, const HallTime &time, qint64 startUtc, int slotCount,
    qint64 nowUtc, std::vector<qint64> *slotStarts)
{
    const RoomRules &r = room.rules;
    if (slotCount < 1 || slotCount > r.maxSlotsPerBooking)
        return Outcome::refuse(reasons::tooLong(r.maxSlotsPerBooking));
    if (startUtc <= nowUtc)
        return Outcome::refuse(reasons::slotInPast());
    if (startUtc - nowUtc < r.minNoticeMinutes * 60LL)
        return Outcome::refuse(reasons::tooSoon(r.minNoticeMinutes));
    const QDate day = time.localDate(startUtc);
    if (day > lastBookableDay(room, time, nowUtc))
        return Outcome::refuse(reasons::beyondHorizon(lastBookableDay(room, time, nowUtc)));
    if (auto why = closedReason(room, day))
        return Outcome::refuse(reasons::closedDay(*why));
    const DayPlan plan = planDay(room, time, day, nowUtc, {});
    auto first = std::find_if(
        plan.times.begin(), plan.times.end(), [&](const Slot &s) { return s.startUtc == startUtc; });
    if (first == plan.times.end())
        return Outcome::refuse(
            plan.times.empty() ? reasons::outsideOpeningHours() : reasons::notAlignedToSlot());
    std::vector<qint64> starts;
    for (auto it = first; it != plan.times.end() && static_cast<int>(starts.size()) < slotCount; ++it) {
        // Consecutive slots only: a gap (two opening periods) ends the run.
        if (!starts.empty() && it->startUtc != starts.back() + r.slotMinutes * 60LL)
            break;
        starts.push_back(it->startUtc);
    }
    if (static_cast<int>(starts.size()) < slotCount)
        return Outcome::refuse(reasons::outsideOpeningHours());
    if (slotStarts)
        *slotStarts = std::move(starts);
    return Outcome::success();
}

} // namespace linli::booking
