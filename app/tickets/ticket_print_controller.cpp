#include "ticket_print_controller.h"

#include "language_controller.h"

using linli::printing::BackgroundPrinter;
using linli::printing::PrintResult;

TicketPrintController::TicketPrintController(QObject *parent)
    : QObject(parent)
{
}

void TicketPrintController::setTickets(TicketsBackend *tickets)
{
    if (tickets == m_tickets)
        return;
    if (m_tickets) {
        disconnect(m_tickets, nullptr, this, nullptr);
        if (m_tickets->printer())
            disconnect(m_tickets->printer(), nullptr, this, nullptr);
    }
    m_tickets = tickets;
    m_state = State::Idle;
    m_job = 0;
    if (m_tickets) {
        connect(&m_tickets->language(), &LanguageController::changed, this, &TicketPrintController::changed);
        if (BackgroundPrinter *printer = m_tickets->printer())
            connect(printer, &BackgroundPrinter::finished, this, &TicketPrintController::onFinished);
    }
    emit ticketsChanged();
    emit changed();
}

QString TicketPrintController::message() const
{
    if (!m_tickets)
        return {};
    const linli::Language language = m_tickets->language().language();
    switch (m_state) {
    case State::Idle:
    case State::Printing:
        return {};
    case State::Printed:
        return tr("Printed. Please take your receipt.");
    case State::Failed:
        return linli::printing::printFailedNotice().in(language) + u'\n' + m_result.reason().in(language);
    }
    return {};
}

void TicketPrintController::printReceipt(const QString &hallName, const QString &text, const QString &code,
    const QString &title, const QString &validity)
{
    if (!available() || m_state == State::Printing || text.isEmpty())
        return;
    linli::printing::ReceiptContent content;
    content.hallName = hallName;
    content.title = title;
    content.details = { validity };
    content.qrText = text;
    content.humanCode = QString(code).remove(u' ');
    content.footer = tr("Show this receipt or its code at the door or the counter.");
    m_state = State::Printing;
    m_job = m_tickets->printer()->print(content);
    emit changed();
}

void TicketPrintController::onFinished(int job, const PrintResult &result)
{
    if (job != m_job || m_state != State::Printing)
        return; // another card's receipt
    m_result = result;
    m_state = result.printed() ? State::Printed : State::Failed;
    emit changed();
}
