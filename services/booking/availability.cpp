#include "booking/availability.h"

#include "storage/database.h"

#include <map>

namespace linli::booking {

namespace {

std::map<QString, std::set<qint64>> takenByRoom(storage::Database &db, qint64 from, qint64 to)
{
    std::map<QString, std::set<qint64>> taken;
    auto q = db.prepare("SELECT room_id, slot_start_utc FROM booking_slot WHERE slot_start_utc >= ? AND "
                        "slot_start_utc < ?");
    q.bind(1, from).bind(2, to);
    while (q.step())
        taken[q.text(0)].insert(q.int64(1));
    return taken;
}

RoomDays plan(RoomSchedule room, const HallTime &time, qint64 now, int days, const std::set<qint64> &taken)
{
    RoomDays out{ std::move(room), {} };
    const QDate today = time.localDate(now);
    const int n = std::min(days, out.room.rules.horizonDays);
    for (int i = 0; i < n; ++i)
        out.days.push_back(planDay(out.room, time, today.addDays(i), now, taken));
    return out;
}

} // namespace

std::vector<RoomToday> roomsToday(storage::Database &db, const HallTime &time, qint64 nowUtc)
{
    std::vector<RoomToday> out;
    for (RoomDays &r : allRoomDays(db, time, nowUtc, 1)) {
        RoomToday t;
        t.roomId = r.room.rules.roomId;
        t.name = r.room.rules.roomName;
        t.capacity = r.room.rules.capacity;
        t.approvalRequired = r.room.rules.approvalRequired;
        const DayPlan &day = r.days.front();
        t.closedToday = !day.open;
        if (auto why = closedReason(r.room, day.day))
            t.closedReason = *why;
        for (const Slot &s : day.times) {
            if (s.startUtc <= nowUtc && nowUtc < s.endUtc) {
                t.openNow = true;
                t.freeNow = s.state != SlotState::Taken;
            }
            if (s.state == SlotState::Free) {
                if (t.nextFreeUtc == 0)
                    t.nextFreeUtc = s.startUtc;
                ++t.freeLaterToday;
            }
        }
        out.push_back(std::move(t));
    }
    return out;
}

std::optional<RoomDays> roomDays(
    storage::Database &db, const HallTime &time, const QString &roomId, qint64 nowUtc, int days)
{
    auto room = loadRoomSchedule(db, roomId);
    if (!room)
        return std::nullopt;
    const qint64 from = time.utcOf(time.localDate(nowUtc), 0);
    return plan(
        std::move(*room), time, nowUtc, days, takenSlots(db, roomId, from, from + (days + 1) * 86400LL));
}

std::vector<RoomDays> allRoomDays(storage::Database &db, const HallTime &time, qint64 nowUtc, int days)
{
    const qint64 from = time.utcOf(time.localDate(nowUtc), 0);
    const auto taken = takenByRoom(db, from, from + (days + 1) * 86400LL);
    static const std::set<qint64> none;
    std::vector<RoomDays> out;
    for (RoomSchedule &room : loadAllSchedules(db)) {
        const auto it = taken.find(room.rules.roomId);
        out.push_back(plan(std::move(room), time, nowUtc, days, it == taken.end() ? none : it->second));
    }
    return out;
}

} // namespace linli::booking
