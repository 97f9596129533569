#include "care/retention.h"

#include "care/care_log.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace linli::care {

PurgeCounts purgePersonalData(storage::Database &db, const QDateTime &nowUtc, int retentionDays)
{
    const QDateTime cutoff = nowUtc.toUTC().addDays(-retentionDays);
    const qint64 cutoffSecs = cutoff.toSecsSinceEpoch();
    // Meal days are hall dates; a day's margin keeps a late evening meal in any zone.
    const QString cutoffDay = cutoff.addDays(-1).date().toString(Qt::ISODate);
    PurgeCounts counts;
    storage::Transaction transaction(db);
    auto due
        = db.prepare("SELECT EXISTS (SELECT 1 FROM booking WHERE ends_at_utc < ?1 AND resident_id <> ?3) "
                     "OR EXISTS (SELECT 1 FROM meal_order WHERE meal_date < ?2 AND resident_id <> ?3)");
    due.bind(1, cutoffSecs).bind(2, cutoffDay).bind(3, kPurgedResidentId);
    if (!due.step() || due.int64(0) == 0)
        return counts;
    db.prepare("INSERT OR IGNORE INTO resident(id, name) VALUES (?, '')").bind(1, kPurgedResidentId).run();
    counts.noShows = db.prepare("DELETE FROM no_show WHERE booking_id IN (SELECT id FROM booking "
                                "WHERE ends_at_utc < ? AND resident_id <> ?)")
                         .bind(1, cutoffSecs)
                         .bind(2, kPurgedResidentId)
                         .run();
    counts.bookings
        = db.prepare("UPDATE booking SET resident_id = ? WHERE ends_at_utc < ? AND resident_id <> ?")
              .bind(1, kPurgedResidentId)
              .bind(2, cutoffSecs)
              .bind(3, kPurgedResidentId)
              .run();
    counts.mealOrders
        = db.prepare("UPDATE meal_order SET resident_id = ? WHERE meal_date < ? AND resident_id <> ?")
              .bind(1, kPurgedResidentId)
              .bind(2, cutoffDay)
              .bind(3, kPurgedResidentId)
              .run();
    transaction.commit();
    qCInfo(lcCare) << "retention: unlinked" << counts.bookings << "bookings," << counts.mealOrders
                   << "meal orders; deleted" << counts.noShows << "no-show marks";
    return counts;
}

} // namespace linli::care
