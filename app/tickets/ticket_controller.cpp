#include "ticket_controller.h"

#include "language_controller.h"
#include "resident_session.h"

TicketController::TicketController(QObject *parent)
    : TicketsScreen(parent)
{
}

void TicketController::setSource(Source source)
{
    if (source == m_source)
        return;
    m_source = source;
    emit sourceChanged();
    refresh();
}

void TicketController::setSourceId(const QString &id)
{
    if (id == m_sourceId)
        return;
    m_sourceId = id;
    emit sourceChanged();
    refresh();
}

void TicketController::read()
{
    m_issued = false;
    m_reason.clear();
    m_row = {};
    if (m_sourceId.isEmpty())
        return;
    auto &office = backend().office();
    const QString resident = backend().session().residentId();
    if (m_source == SignUp && resident.isEmpty())
        return; // the place is the signed-in resident's; nobody is signed in
    const linli::Result<linli::tickets::IssuedTicket> ticket = m_source == Booking
        ? office.ticketForBooking(m_sourceId)
        : m_source == SignUp ? office.ticketForSignUp(resident, m_sourceId)
                             : office.ticketForMealOrder(m_sourceId);
    if (!ticket.ok) {
        m_reason = ticket.reason.in(backend().language().language());
        return;
    }
    m_issued = true;
    m_row = TicketWords::describe(ticket.value, backend());
}
