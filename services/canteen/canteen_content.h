#pragma once

#include <QDateTime>
#include <QString>

namespace linli::storage {
class Database;
}

namespace linli::canteen {

struct CanteenContentReport {
    int dishes = 0, offers = 0, residentsUpdated = 0, vouchers = 0;
};

// Loads canteen.json's dishes, menus (resolved from `day_offset` against today in the hall's
// zone at `nowUtc`), subsidy, delivery and ordering rules, delivery rounds and demo vouchers,
// and the birth dates, tags and registered addresses of residents.json, from the demo folder `dir`: once,
// only while no canteen has rules and the database's hall is the one of that folder (so a synced real hall
// never gets demo menus or vouchers). Every file is validated before anything is written, and everything is
// written in one transaction. Throws content::ContentError naming the file, the record and the field for bad
// content, storage::StorageError for storage failures.
CanteenContentReport loadDemoCanteenContent(
    storage::Database &db, const QString &dir, const QDateTime &nowUtc);

} // namespace linli::canteen
