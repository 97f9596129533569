#include "tickets_backend.h"

#include "core/scheduler.h"

using namespace std::chrono_literals;

TicketsBackend::TicketsBackend(const KioskContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_format(context.zone, *context.language)
{
    if (context.db && context.ticketKey)
        m_office = std::make_unique<linli::tickets::TicketOffice>(
            *context.db, *context.clock, *context.ticketKey, context.kioskId);
    if (m_office && context.scheduler)
        context.scheduler->every(
            QStringLiteral("tickets.revoke-cancelled"), 60s, [this] { revokeCancelled(); });
    if (context.printer.backend != linli::printing::PrinterBackend::None)
        m_printer = std::make_unique<linli::printing::BackgroundPrinter>(context.printer);
}

TicketsBackend::~TicketsBackend() = default;

int TicketsBackend::revokeCancelled()
{
    const int revoked = m_office ? m_office->revokeCancelled() : 0;
    if (revoked > 0)
        emit ticketsChanged();
    return revoked;
}
