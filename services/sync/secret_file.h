#pragma once

#include "core/localized_text.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace linli::sync {

// <data dir>/sync-secret.key: the 32-byte HMAC key the central server gave at enrolment.
QString secretFileName();

struct SecretFile {
    std::optional<QByteArray> secret;
    LocalizedText problem; // why there is none: missing (not enrolled), open to others, damaged
};

// Read only when it is a plain file of exactly 32 bytes owned by this user that no other user
// may read or write (mode 0600 or 0400), like the ticket key: whoever reads it can sign as
// this kiosk.
SecretFile readSecretFile(const QString &path);

// Replaces the file (mode 0600, written and synced, then renamed into place). Empty: done,
// else why not.
LocalizedText writeSecretFile(const QString &path, const QByteArray &secret);

} // namespace linli::sync
