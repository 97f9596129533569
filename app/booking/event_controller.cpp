#include "event_controller.h"

#include "booking/booking_rules.h"
#include "resident_session.h"
#include "server_answer.h"

using namespace linli::booking;

EventController::EventController(QObject *parent)
    : BookingScreen(parent)
{
}

void EventController::setEventId(const QString &id)
{
    if (id == m_eventId)
        return;
    m_eventId = id;
    m_message = {};
    emit eventIdChanged();
    refresh();
}

QString EventController::title() const
{
    return m_seats ? text(m_seats->title) : QString();
}

QString EventController::place() const
{
    return m_seats ? text(m_seats->place) : QString();
}

QString EventController::when() const
{
    return m_seats ? backend().format().when(m_seats->startUtc, m_seats->endUtc) : QString();
}

bool EventController::started() const
{
    return m_seats && m_seats->startUtc <= backend().now();
}

EventController::Mine EventController::mine() const
{
    if (!m_seats)
        return NotSignedUp;
    switch (m_seats->myStatus) {
    case SignUpStatus::Confirmed:
        return HasPlace;
    case SignUpStatus::Waitlisted:
        return Waiting;
    case SignUpStatus::None:
        break;
    }
    return NotSignedUp;
}

bool EventController::cancellable() const
{
    return m_seats && linli::booking::cancellable(*m_seats, backend().now());
}

void EventController::read()
{
    m_seats = backend().events().seats(m_eventId, backend().session().residentId());
}

bool EventController::signUp(bool waitlist)
{
    ResidentSession &session = backend().session();
    if (!ready() || !session.active() || m_confirming)
        return false;
    const auto result = backend().events().signUp(
        session.residentId(), m_eventId, waitlist ? SignUpMode::SeatOrWaitlist : SignUpMode::SeatOnly);
    m_message = result.reason;
    if (result.ok && !result.value.awaitsServerEvent.isEmpty()) {
        m_confirming = true;
        emit confirmingChanged();
        awaitServerAnswer(
            backend().confirmation(), result.value.awaitsServerEvent, this,
            [events = backend().events(), who = session.residentId(), eventId = m_eventId]() mutable {
                return events.cancel(who, eventId);
            },
            [this](bool accepted, const linli::LocalizedText &why) {
                m_confirming = false;
                emit confirmingChanged();
                m_message = accepted ? linli::LocalizedText{} : why;
                backend().announceChange();
                backend().announceAnswer(accepted);
            });
        backend().announceChange(); // the seat shows as held while the server is asked
        return false;
    }
    backend().announceChange();
    backend().announceAnswer(result.ok);
    return result.ok;
}

bool EventController::cancelSignUp()
{
    ResidentSession &session = backend().session();
    if (!ready() || !session.active())
        return false;
    const linli::Outcome result = backend().events().cancel(session.residentId(), m_eventId);
    m_message = result.reason;
    backend().announceChange();
    backend().announceAnswer(result.ok);
    return result.ok;
}
