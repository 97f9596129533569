#include "room_controller.h"

#include "booking/booking_rules.h"

using namespace linli::booking;

namespace {
RoomController::SlotState stateOf(SlotState s)
{
    switch (s) {
    case SlotState::Free:
        return RoomController::Free;
    case SlotState::Taken:
        return RoomController::Taken;
    case SlotState::Past:
        return RoomController::Past;
    case SlotState::TooSoon:
        return RoomController::TooSoon;
    }
    return RoomController::Taken;
}
} // namespace

RoomController::RoomController(QObject *parent)
    : BookingScreen(parent)
    , m_days(DayRow::staticMetaObject)
    , m_slots(SlotRow::staticMetaObject)
{
}

void RoomController::setRoomId(const QString &roomId)
{
    if (roomId == m_roomId)
        return;
    m_roomId = roomId;
    m_dayIndex = -1;
    emit roomIdChanged();
    refresh();
}

QString RoomController::name() const
{
    return m_room ? text(m_room->room.rules.roomName) : QString();
}

const DayPlan *RoomController::day() const
{
    if (!m_room || m_dayIndex < 0 || m_dayIndex >= static_cast<int>(m_room->days.size()))
        return nullptr;
    return &m_room->days[static_cast<size_t>(m_dayIndex)];
}

bool RoomController::dayOpen() const
{
    return day() && day()->open;
}

QString RoomController::closedReason() const
{
    return day() ? text(day()->closedReason) : QString();
}

void RoomController::selectDay(int index)
{
    if (!m_room || index < 0 || index >= static_cast<int>(m_room->days.size()) || index == m_dayIndex)
        return;
    m_dayIndex = index;
    fillModels();
    emit changed();
}

void RoomController::read()
{
    backend().rooms().releaseNoShows(); // a no-show's slot shows as free at once
    m_room = roomDays(backend().db(), backend().time(), m_roomId, backend().now(), kBookableDaysShown);
    // Today may be over (after closing time): start on the first day with a free slot. A
    // re-read (after a booking or a cancel elsewhere) keeps the day on screen.
    if (m_room && (m_dayIndex < 0 || m_dayIndex >= static_cast<int>(m_room->days.size())))
        m_dayIndex = firstBookableDay(*m_room);
    fillModels();
}

void RoomController::fillModels()
{
    std::vector<DayRow> days;
    std::vector<SlotRow> cells;
    if (m_room) {
        const QDate today = backend().time().localDate(backend().now());
        for (size_t i = 0; i < m_room->days.size(); ++i) {
            const DayPlan &plan = m_room->days[i];
            days.push_back({ static_cast<int>(i), backend().format().dayButton(plan.day, today), plan.open,
                static_cast<int>(i) == m_dayIndex });
        }
        if (const DayPlan *shown = day())
            for (const Slot &s : shown->times)
                cells.push_back({ static_cast<double>(s.startUtc),
                    backend().format().timeRange(s.startUtc, s.endUtc), stateOf(s.state) });
    }
    m_days.reset(days);
    m_slots.reset(cells);
}
