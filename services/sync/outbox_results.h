#pragma once

#include "linli/v1/sync.pb.h"

#include <QtGlobal>

namespace linli::storage {
class Database;
}

// The outbox from the sync's side: the events still waiting for the server's answer, and the
// answers written back. Every function throws storage::StorageError.
namespace linli::sync {

// Events without a result, in seq order, at most `limit` (wire::kMaxEventsPerRequest), added
// to `request`; returns how many.
int addUnansweredEvents(storage::Database &db, v1::SyncRequest &request, int limit);
// Events not yet accepted or rejected.
quint64 outboxDepth(storage::Database &db);

struct ResultsApplied {
    int accepted = 0;
    int rejected = 0;
    int refusedBookings = 0; // booking.created refused: the booking now says why
    int refusedOrders = 0; // meal_order.created refused: cancelled, says why
    int refusedSeats = 0; // event.signed_up or event.promoted refused: the place is gone, says why
};

// Writes each result onto its outbox row, inside the caller's transaction. A rejected
// booking.created or meal_order.created reaches its booking or order (status, reason); its
// ticket is revoked afterwards by TicketOffice::revokeCancelled. A result for an event that was
// not sent, or answered twice, is a bad response: throws BadResponse (sync_error.h) before
// writing anything.
ResultsApplied applyResults(
    storage::Database &db, const v1::SyncRequest &sent, const v1::SyncResponse &response, qint64 nowUtc);

} // namespace linli::sync
