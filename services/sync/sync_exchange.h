#pragma once

#include "linli/v1/sync.pb.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace linli::storage {
class Database;
}

// One POST /v1/sync from the kiosk's side, without the network: the request built from the
// outbox and the sync state, signed; the reply checked before anything in it is believed.
namespace linli::sync {

struct Health {
    QString softwareVersion;
    qint64 localTimeMs = 0;
    quint64 diskFreeBytes = 0;
    QStringList errors; // newest first
};

// The outbox's unanswered events (seq order, at most wire::kMaxEventsPerRequest), the cursor
// and the kiosk's health. Throws storage::StorageError.
v1::SyncRequest buildSyncRequest(
    storage::Database &db, const QString &kioskId, quint64 cursor, const Health &health, bool confirmNow);

// What goes on the wire: the body and the four X-Linli-* headers' values.
struct SignedRequest {
    QByteArray body, kioskId, nonce, signature;
    qint64 timeMs = 0;
};
SignedRequest signRequest(const QByteArray &body, const QByteArray &secret, const QString &kioskId,
    qint64 timeMs, const QByteArray &nonce);

// The reply as the network delivered it.
struct HttpReply {
    int status = 0; // 0: no HTTP answer at all (unreachable, timed out)
    QByteArray body, timeHeader, signatureHeader;
    QString networkError;
    bool tooLarge = false; // the client stopped reading past wire::kMaxResponseBytes
};

// A reply the kiosk may act on: signed for this request's nonce with the kiosk's secret, within
// the size limit, parseable, of schema version 1. Either a SyncResponse (HTTP 200) or an
// ErrorResponse.
struct VerifiedReply {
    int status = 0;
    v1::SyncResponse response; // status 200
    v1::ErrorResponse error; // otherwise
    bool ok() const { return status == 200; }
};
// Throws BadResponse (sync_error.h) saying what is wrong: nothing of such a reply is used.
VerifiedReply verifyReply(const HttpReply &reply, const QByteArray &secret, const QByteArray &requestNonce);

// An ErrorResponse that came without a valid signature (the server does not know this kiosk,
// or the request was unsigned): its code, for the log and the staff icon only; never acted on.
QString unsignedErrorCode(const HttpReply &reply);

} // namespace linli::sync
