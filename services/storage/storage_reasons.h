#pragma once

#include "core/localized_text.h"
#include "storage/storage_error.h"

#include <QLoggingCategory>

namespace linli::storage {

// What a resident reads when storage fails under a command. Every capability's commands
// answer with these, so the wording is the same whichever screen the resident is on.
// Another connection held the write lock past the busy timeout: nothing changed, try again.
LocalizedText busyReason();
// Anything else (disk full, read-only, damaged file, a schema problem): not the resident's
// to fix.
LocalizedText cannotSaveReason();
// busyReason() for a Locked error, cannotSaveReason() for any other kind.
LocalizedText refusalFor(const StorageError &error);

// Runs a command, turning a StorageError into a logged refusal (Outcome or Result<T>), so
// that no storage failure escapes to the caller.
template <typename F>
auto refuseOnStorageError(const QLoggingCategory &category, const char *what, F &&command)
    -> decltype(command())
{
    try {
        return command();
    } catch (const StorageError &e) {
        qCWarning(category) << what << "failed:" << errorKindName(e.kind()) << e.what();
        return decltype(command())::refuse(refusalFor(e));
    }
}

} // namespace linli::storage
