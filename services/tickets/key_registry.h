#pragma once

#include "tickets/key_file.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace linli::storage {
class Database;
}

// The public keys of the hall's kiosks (ticket_key): all a kiosk needs to check a ticket.
namespace linli::tickets {

// The public key of a key id among the hall's kiosks; throws storage::StorageError.
std::optional<QByteArray> publicKeyOf(storage::Database &db, quint32 keyId);

// kiosks.json of the demo content: the hall's kiosks and their public keys, the list a sync
// delivers later. Loaded once (while no content key is stored) and only into the hall the
// folder describes. A kiosk may carry a "demo_seed" (demo only: the seed is public, so demo
// tickets prove nothing), from which that kiosk makes its key on first start, so that the
// demo kiosks' tickets check on one another from the start. Throws content::ContentError
// naming the kiosk and field (a key that is not 32 bytes of Base64, a seed that does not
// make the listed key, two kiosks with one key id), storage::StorageError.
int loadDemoKioskKeys(storage::Database &db, const QString &dir, qint64 nowUtc);
// The demo seed of `kioskId` in dir/kiosks.json, or empty (a real kiosk: a random key).
QByteArray demoSeedFor(const QString &dir, const QString &kioskId);

// At start: the kiosk's key from <dataDir>/ticket-signing.key (made on first start, see
// key_file.h), its public key registered among the hall's keys (origin 'own'). A problem
// (a key file others can read, a key id another kiosk's key already has ...) leaves `key`
// empty and says why; the kiosk is then out of service. Throws storage::StorageError.
KeyFile openKioskKey(storage::Database &db, const QString &dataDir, const QString &contentDir,
    const QString &kioskId, qint64 nowUtc);

} // namespace linli::tickets
