#include "my_tickets_controller.h"

#include "resident_session.h"

MyTicketsController::MyTicketsController(QObject *parent)
    : TicketsScreen(parent)
    , m_list(TicketRow::staticMetaObject)
{
}

void MyTicketsController::read()
{
    const QString resident = backend().session().residentId();
    std::vector<TicketRow> rows;
    if (!resident.isEmpty())
        for (const linli::tickets::IssuedTicket &ticket : backend().office().liveTickets(resident))
            rows.push_back(TicketWords::describe(ticket, backend()));
    m_list.reset(rows);
}
