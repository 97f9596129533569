#pragma once

#include "sync/server_address.h"
#include "sync/sync_exchange.h"

#include <functional>
#include <QList>
#include <QPair>

class QNetworkAccessManager;

namespace linli::sync {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// POSTs a protobuf body and calls `done` once with what came back (on the manager's thread).
// Stops reading, and says tooLarge, past wire::kMaxResponseBytes; gives up after `timeoutMs`.
void startPost(QNetworkAccessManager &network, const ServerAddress &address, const QString &path,
    const QByteArray &body, const Headers &headers, int timeoutMs, std::function<void(HttpReply)> done);

// The same, waiting in a local event loop: for the command line (enrolment), never the GUI.
HttpReply postAndWait(const ServerAddress &address, const QString &path, const QByteArray &body,
    const Headers &headers, int timeoutMs);

} // namespace linli::sync
