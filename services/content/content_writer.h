#pragma once

#include "content/content_model.h"

#include <QDateTime>
#include <QTimeZone>

namespace linli::storage {
class Database;
}

namespace linli::content {

// Inserts every record of `content`; the caller owns the transaction. Relative dates (event days,
// notice windows) are resolved in the hall's time zone against `nowUtc` and stored as UTC epoch
// seconds. Throws storage::StorageError.
void writeContent(storage::Database &db, const DemoContent &content, const QDateTime &nowUtc);

// One record added or changed (a sync change): inserted, or updated in place when its id is
// there, so what refers to it stays. Relative dates resolve in `zone` against `nowUtc`.
void upsertRoom(storage::Database &db, const Room &room);
// The kiosk's own hall changed (name, hours, phone ...); false when it is another hall.
bool updateHall(storage::Database &db, const Hall &hall);
void upsertFacility(storage::Database &db, const Facility &facility);
void upsertCanteen(storage::Database &db, const Canteen &canteen); // the place; its menu: canteen/
void upsertGuide(storage::Database &db, const ServiceGuide &guide);
void upsertNotice(
    storage::Database &db, const Notice &notice, const QDateTime &nowUtc, const QTimeZone &zone);
void upsertEvent(storage::Database &db, const Event &event, const QDateTime &nowUtc, const QTimeZone &zone);

} // namespace linli::content
