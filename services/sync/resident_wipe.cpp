#include "sync/resident_wipe.h"

#include "storage/database.h"
#include "storage/transaction.h"

namespace linli::sync {

int wipeResidents(storage::Database &db)
{
    storage::Transaction tx(db);
    db.exec("DELETE FROM resident_tag; DELETE FROM resident_address; DELETE FROM delivery_stop; "
            "DELETE FROM pin_attempt;");
    const int wiped = db.prepare("UPDATE resident SET name = '', card = NULL, phone = NULL, pin_hash = NULL, "
                                 "birth_date = NULL, paused_until_utc = 0")
                          .run();
    tx.commit();
    return wiped;
}

} // namespace linli::sync
