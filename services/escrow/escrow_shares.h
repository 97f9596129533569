#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::escrow {

struct Share {
    QString resource;
    int units = 0;
    qint64 expiresAtMs = 0;
};

// How a sale of a limited resource stands with the central server.
enum class Cover {
    Unbound, // this kiosk is not enrolled (or the resource is not limited): local rules decide
    Share, // paid from this kiosk's shares: it stands, online or not
    Server, // beyond the shares: only the server's answer may confirm it
};

// Whether the central server's shares bind this kiosk's sales: enrolled and not revoked.
bool sharesBind(storage::Database &db);

// Inside the sale's transaction, after its outbox event `eventId` was written: takes `units` of
// every resource from the shares when each share has that many and has not expired, and
// records the use against the event; takes nothing when one falls short (Cover::Server).
Cover cover(
    storage::Database &db, const QString &eventId, const QStringList &resources, int units, qint64 nowMs);

// A verified response's grants, inside its transaction. A grant counts the events up to the
// answered request's last seq (lastSentSeq); the sales this kiosk paid from its shares after
// that are taken off it again, and uses the server has now seen are forgotten.
void applyGrants(storage::Database &db, const std::vector<Share> &grants, qint64 lastSentSeq);

// Units of the resource this kiosk may still sell offline (0: none, or expired).
int unitsLeft(storage::Database &db, const QString &resource, qint64 nowMs);

} // namespace linli::escrow
