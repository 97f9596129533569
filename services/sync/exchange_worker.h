#pragma once

#include "core/localized_text.h"
#include "storage/database.h"
#include "sync/catalog_changes.h"
#include "sync/outbox_results.h"
#include "sync/server_address.h"
#include "sync/sync_exchange.h"

#include <functional>
#include <optional>
#include <QObject>

class QNetworkAccessManager;

namespace linli::sync {

// What one exchange needs from the engine, taken on the engine's thread when it starts.
struct ExchangeJob {
    ServerAddress address;
    QString dataDir; // sync-secret.key, and the disk free sent as health
    QString softwareVersion;
    QStringList recentErrors;
    qint64 localMs = 0; // when the engine sent it (health, the signature's time less the offset)
    qint64 clockOffsetMs = 0;
    bool confirmNow = false;
};

// The engine's clock when the reply arrived (the worker never reads the engine's clock).
struct ReplyTimes {
    qint64 receivedMs = 0;
    qint64 nowSecs = 0;
    QDateTime nowUtc;
};

struct ExchangeOutcome {
    enum class Kind { NotEnrolled, Failed, Refused, Applied };
    Kind kind = Kind::Failed;
    LocalizedText why; // Failed
    QString code; // Refused: the server's error code, its words and time
    LocalizedText said;
    qint64 serverTimeMs = 0;
    qint64 midpointMs = 0; // Refused: when the server answered, on the local clock
    ResultsApplied results; // Applied
    ChangesApplied changes;
    qint64 offsetMs = 0;
    quint64 cursor = 0;
    bool more = false; // the server has more, or the request was full
    bool wipe = false;
    quint64 outboxDepth = 0;
    qsizetype requestBytes = 0, responseBytes = 0;
    qint64 appliedAtSecs = 0; // the engine's clock when the reply came
};

// The database and network side of the sync engine. It lives on the engine's thread of its own
// with a connection of its own to the kiosk's database, so building a request, verifying the
// reply and applying it in one durable transaction never hold up a tap on the screen.
// One exchange at a time: start(), then (the engine having read its clock) finish().
class ExchangeWorker : public QObject {
    Q_OBJECT
public:
    using Reply = std::function<void(HttpReply)>;
    using Done = std::function<void(ExchangeOutcome)>;
    explicit ExchangeWorker(QString databasePath);
    ~ExchangeWorker() override;

    // Builds, signs and posts the request; `replied` runs on this thread when the reply is in,
    // `done` instead when nothing could be sent.
    void start(const ExchangeJob &job, Reply replied, Done done);
    // Checks the reply to the request start() sent and, when it is a SyncResponse, applies it.
    ExchangeOutcome finish(const HttpReply &reply, const ReplyTimes &times);

private:
    storage::Database &db();
    ExchangeOutcome check(const HttpReply &reply, const ReplyTimes &times);
    ExchangeOutcome apply(const v1::SyncResponse &response, const ReplyTimes &times, qint64 offsetMs);

    QString m_path;
    std::optional<storage::Database> m_db; // opened on first use, on this thread
    QNetworkAccessManager *m_network = nullptr;
    ExchangeJob m_job;
    v1::SyncRequest m_request;
    SignedRequest m_sent;
};

} // namespace linli::sync
