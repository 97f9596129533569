#pragma once

#include "core/localized_text.h"

#include <QByteArray>
#include <QString>

namespace linli::storage {
class Database;
}

namespace linli::sync {

struct EnrolRequestData {
    QString url; // the central server's base URL
    QString code; // the one-time code `linli-central enroll` printed
    QString caFile; // [sync] server_ca, for https
    QString dataDir; // where sync-secret.key goes
    QByteArray ticketPublicKey; // this kiosk's Ed25519 ticket key (32 bytes)
    QString softwareVersion;
};

struct EnrolOutcome {
    bool ok = false;
    QString kioskId, hallId;
    LocalizedText message; // what happened, for the person at the command line
};

// POST /v1/enrol, waiting for the answer (the command line's, never the GUI's thread); on
// success the secret goes into <data dir>/sync-secret.key (mode 0600) and the kiosk id, hall
// and URL into the sync state, which starts over (cursor 0). A code in the wrong form is
// refused before anything is sent.
EnrolOutcome enrol(storage::Database &db, const EnrolRequestData &request);

} // namespace linli::sync
