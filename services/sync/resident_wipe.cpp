#include "sync/resident_wipe.h"

#include "storage/database.h"
#include "storage/transaction.h"

namespace linli::sync {

namespace {
constexpr const char *kBlank = "UPDATE resident SET name = '', card = NULL, phone = NULL, pin_hash = NULL, "
                               "birth_date = NULL, paused_until_utc = 0";
}

int wipeResidents(storage::Database &db)
{
    storage::Transaction tx(db);
    db.exec("DELETE FROM resident_tag; DELETE FROM resident_address; DELETE FROM delivery_stop; "
            "DELETE FROM pin_attempt;");
    const int wiped = db.prepare(kBlank).run();
    tx.commit();
    return wiped;
}

int wipeResident(storage::Database &db, const QString &residentId)
{
    for (const char *sql : { "DELETE FROM resident_tag WHERE resident_id = ?",
             "DELETE FROM resident_address WHERE resident_id = ?",
             "DELETE FROM delivery_stop WHERE resident_id = ?" })
        db.prepare(sql).bind(1, residentId).run();
    return db.prepare(std::string(kBlank) + " WHERE id = ?").bind(1, residentId).run();
}

} // namespace linli::sync
