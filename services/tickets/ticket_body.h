#pragma once

#include "tickets/ticket_types.h"

#include <QByteArray>
#include <QString>

// Ticket <-> the serialized linli.v1.TicketBody that is signed.
namespace linli::tickets {

// The largest body the bounds allow (a room ticket with every field at its widest); the QR
// code's version limit rests on it.
inline constexpr int kMaxBodyBytes = 74;

// Why a ticket cannot be issued as it stands (a field out of its bounds), or "" when it can.
// For the log: the caller refuses with its own words.
QString boundsProblem(const Ticket &ticket);
// The signed bytes. Only for a ticket without a boundsProblem.
QByteArray serializeBody(const Ticket &ticket);

struct ParsedBody {
    enum class Problem { None, Unreadable, UnsupportedVersion, Inconsistent };
    Problem problem = Problem::Unreadable;
    quint32 version = 0; // as the body states it, when readable
    Ticket ticket; // when problem is None
};

// Reads a body: Unreadable when it is not a TicketBody, UnsupportedVersion when its
// format_version is not kFormatVersion, Inconsistent when a field breaks the bounds (a
// missing admission, a kind that disagrees with it, a window that ends before it starts ...).
ParsedBody parseBody(const QByteArray &bytes);

} // namespace linli::tickets
