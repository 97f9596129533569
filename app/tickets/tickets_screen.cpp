#include "tickets_screen.h"

#include "language_controller.h"
#include "resident_session.h"
#include "storage/storage_error.h"
#include "tickets/tickets_log.h"

TicketsScreen::TicketsScreen(QObject *parent)
    : QObject(parent)
{
}

void TicketsScreen::setTickets(TicketsBackend *tickets)
{
    if (tickets == m_tickets)
        return;
    m_tickets = tickets;
    emit ticketsChanged();
    if (!m_tickets)
        return;
    connect(m_tickets, &TicketsBackend::ticketsChanged, this, &TicketsScreen::refresh);
    connect(&m_tickets->language(), &LanguageController::changed, this, &TicketsScreen::refresh);
    connect(&m_tickets->session(), &ResidentSession::started, this, &TicketsScreen::refresh);
    connect(&m_tickets->session(), &ResidentSession::ended, this, &TicketsScreen::refresh);
    refresh();
}

QString TicketsScreen::problem() const
{
    if (m_tickets && !m_tickets->available())
        return tr("Tickets cannot be shown on this kiosk just now. Your booking or order stands.");
    return m_readFailed
        ? tr("Your ticket cannot be read just now. Your booking or order stands; please ask the staff.")
        : QString();
}

void TicketsScreen::componentComplete()
{
    m_complete = true;
    refresh();
}

void TicketsScreen::refresh()
{
    if (!ready()) {
        emit changed();
        return;
    }
    try {
        read();
        m_readFailed = false;
    } catch (const linli::storage::StorageError &error) {
        qCWarning(lcTickets) << "cannot read tickets for the screen:" << error.what();
        m_readFailed = true;
    }
    emit changed();
}
