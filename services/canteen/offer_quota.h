#pragma once

#include "core/outcome.h"

namespace linli::storage {
class Database;
}

namespace linli::canteen {

struct QuotaChange {
    QString offerId;
    int quotaBefore = 0, quotaAfter = 0, taken = 0;
};

// Staff change a dish's quota for its meal: never below what is already ordered (orders are
// kept); `soldOut` sets it to exactly that, so the menu shows the dish sold out at once. Runs
// inside the caller's transaction (staff commands add their audit row to it) and writes the
// outbox event "canteen.offer_quota". Refuses an unknown or removed offer and a negative or
// too-small quota with a reason. Throws storage::StorageError.
Result<QuotaChange> changeOfferQuota(
    storage::Database &db, const QString &offerId, int newQuota, qint64 nowUtc);
Result<QuotaChange> markOfferSoldOut(storage::Database &db, const QString &offerId, qint64 nowUtc);

} // namespace linli::canteen
