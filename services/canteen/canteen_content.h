#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace linli::content {
class Record;
}
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

// One canteen.json record from sync (the canteen's place is content's, written first): its
// rules, dishes, menus (day offsets resolved against today in the hall's zone at `nowUtc`) and
// delivery rounds replace that canteen's. A menu item gone from the record (a dish removed) is
// marked removed, so it leaves the menu while orders placed keep their offer, its servings
// taken and the dish's name; a quota is never set below what was taken. Demo vouchers are never
// granted; pictures are checked by name only. Inside the caller's transaction. Throws
// content::ContentError naming the field, storage::StorageError.
CanteenContentReport applyCanteenRecord(
    storage::Database &db, const content::Record &record, const QJsonObject &raw, const QDateTime &nowUtc);
// The central removed the canteen (or its rules): no more orders; orders placed stay.
void closeCanteen(storage::Database &db, const QString &canteenId);

} // namespace linli::canteen
