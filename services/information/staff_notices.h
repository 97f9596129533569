#pragma once

#include "core/hall_time.h"
#include "core/outcome.h"

namespace linli::storage {
class Database;
}

namespace linli::information {

// A notice staff type at the kiosk, in the one language they write in (shown to residents in
// both). Urgent ones stand on the home screen; normal ones on the notices screen.
struct StaffNotice {
    QString title, body;
    bool urgent = false;
    QDate lastDay; // shown until the end of this local day
};

inline constexpr int kNoticeTitleMax = 30, kNoticeBodyMax = 400, kNoticeDaysMax = 60;

// Posts it from nowUtc, inside the caller's transaction (staff commands add their audit row),
// with its "notice.posted" outbox event, and re-indexes search so residents find it. Returns
// its id. Refuses an empty or over-long title, an over-long body and a last day in the past or
// more than kNoticeDaysMax days ahead, changing nothing. Throws storage::StorageError.
Result<QString> postStaffNotice(
    storage::Database &db, const HallTime &time, const StaffNotice &notice, qint64 nowUtc);

} // namespace linli::information
