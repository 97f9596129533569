#pragma once

#include "core/localized_text.h"
#include "tickets/signing_key.h"

#include <optional>
#include <QString>

namespace linli::tickets {

// <data dir>/ticket-signing.key: the 32-byte seed of the kiosk's key pair.
QString keyFileName();

struct KeyFile {
    std::optional<SigningKey> key;
    bool created = false; // made just now (the kiosk's first start)
    LocalizedText problem; // why there is no key: the kiosk is out of service until staff act
};

// The kiosk's signing key. An existing file is used only when it is a plain file of 32 bytes,
// owned by this process's user, that no other user can read or write (mode 0600 or 0400), and
// refused otherwise, saying what is wrong and what to do: a key others can read lets them sign
// tickets. A missing file is made (mode 0600, written, synced, then linked into place so no
// half-written key is ever read) from `seedForNewKey` when given (the demo kiosks, whose
// public keys the demo content lists), else from fresh random bytes.
KeyFile openOrCreateKeyFile(const QString &path, const QByteArray &seedForNewKey = {});

} // namespace linli::tickets
