#include "ticket_words.h"

#include "language_controller.h"
#include "tickets/human_code.h"
#include "tickets_backend.h"

using linli::tickets::TicketKind;

QString TicketWords::kindLabel(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Room:
        return tr("Room booking");
    case TicketKind::Activity:
        return tr("Activity place");
    case TicketKind::Meal:
        return tr("Meal order");
    }
    return {};
}

TicketRow TicketWords::describe(const linli::tickets::IssuedTicket &issued, TicketsBackend &backend)
{
    TicketRow row;
    row.text = issued.text;
    row.code = linli::tickets::spacedHumanCode(issued.code);
    QStringList letters;
    for (const QChar c : row.code)
        letters << (c == u' ' ? QStringLiteral(",") : QString(c));
    row.spokenCode = letters.join(u' ');
    row.title = kindLabel(issued.ticket.kind);
    if (const auto place = backend.office().placeOf(issued.ticket); place && !place->id.isEmpty())
        row.title += tr(" · ", "between ticket details") + place->name.in(backend.language().language());
    row.validity
        = tr("Valid %1").arg(backend.format().when(issued.ticket.validFromUtc, issued.ticket.validUntilUtc));
    return row;
}
