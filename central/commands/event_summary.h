#pragma once

#include "store/central_types.h"

#include <QTimeZone>

// One line per event for `linli-central status`: what was booked, ordered or scanned, so staff
// can see a kiosk's data arrive. It names things (rooms, dishes, tickets), never people.
namespace linli::central::commands {

// Booking times in hallZone (what staff read on the hall's clocks); money in yuan.
QString eventSummary(const StoredEvent &event, const QTimeZone &hallZone);
// "accepted", or "rejected <code>: <zh> / <en>".
QString eventResult(const StoredEvent &event);

} // namespace linli::central::commands
