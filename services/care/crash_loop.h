#pragma once

#include "core/localized_text.h"

#include <QDateTime>

namespace linli::storage {
class Database;
}

namespace linli::care {

class CrashRecord;

// The calm 暂停服务 reason shown instead of a restart loop: what happened and whom to call.
LocalizedText crashLoopReason(int crashes, int windowSecs, const QString &hallPhone);

// Puts the crashes not yet reported into the outbox (one "kiosk.crashes" event with their
// times), so they go out with the next sync; then forgets them. Returns how many.
int reportCrashes(storage::Database &db, CrashRecord &record, const QDateTime &nowUtc);

} // namespace linli::care
