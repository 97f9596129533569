#pragma once

#include "core/localized_text.h"

#include <QSet>
#include <QString>
#include <vector>

namespace linli::content {
class Record;
}
namespace linli::storage {
class Database;
}

namespace linli::canteen {

// One stop of a delivery round: a resident's home, with the note for whoever delivers.
struct DeliveryRoundStop {
    QString residentId;
    LocalizedText note; // may be empty
};

// A canteen's delivery round, as canteen.json "delivery_rounds" states it: rounds in the order
// they are driven, stops in the order they are visited.
struct DeliveryRound {
    QString id;
    LocalizedText name;
    std::vector<DeliveryRoundStop> stops;
};

// Reads "delivery_rounds" of one canteen.json record (optional). A stop must name a resident
// (`residentIds`) with a registered address (`withAddress`), at most once over all rounds of the
// canteen; round ids are unique over every canteen (`roundIds`, added to). Throws
// content::ContentError naming the file, the canteen and the field
// ("delivery_rounds[0].stops[1].resident_id").
std::vector<DeliveryRound> parseDeliveryRounds(const content::Record &canteen,
    const QSet<QString> &residentIds, const QSet<QString> &withAddress, QSet<QString> &roundIds);

// Stores them (migration 0005) for the canteen. Throws storage::StorageError.
void storeDeliveryRounds(
    storage::Database &db, const QString &canteenId, const std::vector<DeliveryRound> &rounds);

} // namespace linli::canteen
