#pragma once

#include "core/localized_text.h"
#include "residents/pin_hash.h"
#include "storage/database.h"
#include "tickets/signing_key.h"

#include <optional>
#include <QDateTime>

namespace linli::startup {

struct DatabaseSetup {
    QString dataDir; // created if missing
    QString contentDir; // loaded into an empty database
    QString kioskId = QStringLiteral("demo-kiosk-01"); // config kiosk/id: whose ticket key this is
    int busyTimeoutMs = 5000;
    // Argon2id cost for the demo residents' PINs; Cheap only for throwaway test databases.
    residents::PinCost pinCost = residents::PinCost::Interactive;
};

// Either a database ready for the kiosk, or why the kiosk is out of service.
struct KioskDatabase {
    std::optional<storage::Database> database;
    // The kiosk's ticket signing key (<dataDir>/ticket-signing.key), present whenever database is.
    std::optional<tickets::SigningKey> ticketKey;
    LocalizedText outOfServiceReason;
    bool ok() const { return database.has_value(); }
};

// Opens <dataDir>/linli.sqlite, checks it (quick_check), applies migrations and loads the
// hall's content on first start; then opens the kiosk's ticket key, making it on first start,
// and refuses one that other users can read (tickets::openKioskKey). Never throws: every failure becomes a
// reason that staff can act on, and is logged.
KioskDatabase openKioskDatabase(const DatabaseSetup &setup, const QDateTime &nowUtc);

QString databaseFileName();

} // namespace linli::startup
