#include "confirm_controller.h"

#include "resident_session.h"
#include "server_answer.h"

#include <QUrlQuery>

using namespace linli::booking;

ConfirmController::ConfirmController(QObject *parent)
    : BookingScreen(parent)
{
}

void ConfirmController::setRoute(const QString &route)
{
    if (route == m_route)
        return;
    m_route = route;
    // confirm/<roomId>@<startUtc>[?slots=N]; anything else chooses nothing and says so.
    const QString path = route.section(u'?', 0, 0);
    const QString argument = path.section(u'/', 1);
    const qsizetype at = argument.lastIndexOf(u'@');
    bool ok = false;
    m_roomId = at > 0 ? argument.left(at) : QString();
    m_startUtc = at > 0 ? argument.mid(at + 1).toLongLong(&ok) : 0;
    if (!ok)
        m_roomId.clear();
    const int asked = QUrlQuery(route.section(u'?', 1)).queryItemValue(QStringLiteral("slots")).toInt();
    m_slotCount = std::max(1, asked);
    m_refusal = {};
    m_bookedId.clear();
    emit routeChanged();
    refresh();
}

const Slot *ConfirmController::chosenSlot() const
{
    if (!m_room)
        return nullptr;
    for (const DayPlan &plan : m_room->days)
        for (const Slot &s : plan.times)
            if (s.startUtc == m_startUtc)
                return &s;
    return nullptr;
}

bool ConfirmController::valid() const
{
    const Slot *slot = chosenSlot();
    return slot && slot->state == SlotState::Free && m_bookedId.isEmpty();
}

QString ConfirmController::roomName() const
{
    return m_room ? text(m_room->room.rules.roomName) : QString();
}

QString ConfirmController::date() const
{
    return m_room ? backend().format().date(m_startUtc) : QString();
}

QString ConfirmController::time() const
{
    return m_room ? backend().format().timeRange(m_startUtc, m_startUtc + m_slotCount * slotMinutes() * 60LL)
                  : QString();
}

QString ConfirmController::length() const
{
    return m_room ? backend().format().duration(m_slotCount * slotMinutes()) : QString();
}

QString ConfirmController::maxLength() const
{
    return m_room ? backend().format().duration(roomMaxSlots() * slotMinutes()) : QString();
}

ConfirmController::LengthLimit ConfirmController::lengthLimit() const
{
    switch (m_longest.limitedBy) {
    case linli::booking::LengthLimit::RoomMaximum:
        return RoomMaximum;
    case linli::booking::LengthLimit::NextSlotTaken:
        return NextSlotTaken;
    case linli::booking::LengthLimit::Closing:
        return Closing;
    case linli::booking::LengthLimit::WeeklyHours:
        return WeeklyHours;
    }
    return RoomMaximum;
}

QString ConfirmController::resumeRoute() const
{
    return m_route.section(u'?', 0, 0) + QStringLiteral("?slots=%1").arg(m_slotCount);
}

QString ConfirmController::bookedRoute() const
{
    return m_bookedId.isEmpty() ? QString() : QStringLiteral("booked/") + m_bookedId;
}

void ConfirmController::setSlotCount(int count)
{
    const int fitted = std::clamp(count, 1, std::max(1, m_longest.slotCount));
    if (fitted == m_slotCount)
        return;
    m_slotCount = fitted;
    emit changed();
}

void ConfirmController::read()
{
    m_room = m_roomId.isEmpty()
        ? std::nullopt
        : roomDays(backend().db(), backend().time(), m_roomId, backend().now(), kBookableDaysShown);
    std::optional<int> weeklyLeft; // not known before the resident identifies
    ResidentSession &session = backend().session();
    if (m_room && session.active())
        weeklyLeft = backend().rooms().weeklySlotsLeft(session.residentId(), m_roomId, m_startUtc);
    m_longest = m_room ? longestBooking(*m_room, m_startUtc, weeklyLeft) : LongestBooking{};
    // The times after the chosen one may have been taken meanwhile, or the resident's hours
    // may allow less than was chosen before they identified: never offer more than is free.
    m_slotCount = std::clamp(m_slotCount, 1, std::max(1, m_longest.slotCount));
}

void ConfirmController::forgetResident()
{
    if (m_bookedId.isEmpty())
        m_slotCount = 1; // what a resident chose is not for the next person
}

bool ConfirmController::confirm()
{
    ResidentSession &session = backend().session();
    if (!ready() || !valid() || !session.active() || m_confirming)
        return false;
    const auto result = backend().rooms().book(session.residentId(), m_roomId, m_startUtc, m_slotCount);
    m_refusal = result.reason;
    if (result.ok && !result.value.awaitsServerEvent.isEmpty()) {
        m_confirming = true;
        emit confirmingChanged();
        const QString id = result.value.id;
        awaitServerAnswer(
            backend().confirmation(), result.value.awaitsServerEvent, this,
            [rooms = backend().rooms(), id]() mutable { return rooms.withdraw(id); },
            [this, id](bool accepted, const linli::LocalizedText &why) {
                m_confirming = false;
                emit confirmingChanged();
                m_refusal = accepted ? linli::LocalizedText{} : why;
                if (accepted) {
                    m_bookedId = id;
                    backend().session().end();
                }
                backend().announceChange();
                backend().announceAnswer(accepted);
                if (accepted)
                    emit bookedLater();
            });
        return false;
    }
    if (result.ok) {
        m_bookedId = result.value.id;
        session.end(); // a finished booking ends the session; the result screen shows no name
    }
    backend().announceChange(); // every screen, this one too, shows the new state
    backend().announceAnswer(result.ok);
    return result.ok;
}
