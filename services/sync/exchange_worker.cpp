#include "sync/exchange_worker.h"

#include "escrow/escrow_shares.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "sync/http_post.h"
#include "sync/secret_file.h"
#include "sync/sync_error.h"
#include "sync/sync_state.h"
#include "wire/wire.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QStorageInfo>

namespace linli::sync {

namespace {

constexpr int kTimeoutMs = 30'000;

std::vector<escrow::Share> grantsOf(const v1::SyncResponse &response)
{
    std::vector<escrow::Share> out;
    out.reserve(static_cast<size_t>(response.grants_size()));
    for (const v1::Grant &g : response.grants())
        out.push_back({ QString::fromStdString(g.resource()),
            static_cast<int>(std::min<quint32>(g.units(), 1'000'000)), g.expires_at_ms() });
    return out;
}

// The last event the server has seen when it answers this request: the request's last, or
// (with nothing to send) every event answered so far.
qint64 lastSeqSeen(storage::Database &db, const v1::SyncRequest &request)
{
    if (request.events_size() > 0)
        return static_cast<qint64>(request.events(request.events_size() - 1).seq());
    auto q = db.prepare("SELECT coalesce(max(seq), 0) FROM outbox WHERE result IS NOT NULL");
    q.step();
    return q.int64(0);
}

ExchangeOutcome failed(const LocalizedText &why)
{
    ExchangeOutcome out;
    out.kind = ExchangeOutcome::Kind::Failed;
    out.why = why;
    return out;
}

LocalizedText storageTrouble(const char *zh, const char *en, const storage::StorageError &e)
{
    return { QString::fromUtf8(zh).arg(QString::fromUtf8(e.what())),
        QString::fromUtf8(en).arg(QString::fromUtf8(e.what())) };
}

} // namespace

ExchangeWorker::ExchangeWorker(QString databasePath)
    : m_path(std::move(databasePath))
{
}

ExchangeWorker::~ExchangeWorker() = default;

storage::Database &ExchangeWorker::db()
{
    if (!m_db)
        m_db.emplace(storage::Database::open(m_path, { .createIfMissing = false }));
    return *m_db;
}

void ExchangeWorker::start(const ExchangeJob &job, Reply replied, Done done)
{
    m_job = job;
    SyncState state;
    try {
        state = loadSyncState(db());
        if (!state.enrolled()) {
            ExchangeOutcome out;
            out.kind = ExchangeOutcome::Kind::NotEnrolled;
            done(out);
            return;
        }
        Health health;
        health.softwareVersion = job.softwareVersion;
        health.localTimeMs = job.localMs;
        health.diskFreeBytes
            = static_cast<quint64>(std::max<qint64>(0, QStorageInfo(job.dataDir).bytesAvailable()));
        health.errors = job.recentErrors;
        if (health.errors.isEmpty() && !state.lastError.isEmpty())
            health.errors << state.lastError; // from before this start
        m_request = buildSyncRequest(db(), state.kioskId, state.cursor, health, job.confirmNow);
    } catch (const storage::StorageError &e) {
        done(failed(storageTrouble("无法读取待同步的数据：%1", "Cannot read what to sync: %1", e)));
        return;
    }
    const SecretFile secret = readSecretFile(QDir(job.dataDir).filePath(secretFileName()));
    if (!secret.secret) {
        ExchangeOutcome out = failed(secret.problem);
        out.outboxDepth = m_request.health().outbox_depth();
        done(out);
        return;
    }
    const QByteArray body = QByteArray::fromStdString(m_request.SerializeAsString());
    m_sent
        = signRequest(body, *secret.secret, state.kioskId, job.localMs + job.clockOffsetMs, wire::newNonce());
    const Headers headers{ { wire::kKioskHeader, m_sent.kioskId },
        { wire::kTimeHeader, QByteArray::number(m_sent.timeMs) }, { wire::kNonceHeader, m_sent.nonce },
        { wire::kSignatureHeader, m_sent.signature } };
    if (!m_network)
        m_network = new QNetworkAccessManager(this); // it belongs to the thread that makes it
    startPost(*m_network, job.address, QStringLiteral("/v1/sync"), m_sent.body, headers, kTimeoutMs,
        std::move(replied));
}

ExchangeOutcome ExchangeWorker::finish(const HttpReply &reply, const ReplyTimes &times)
{
    ExchangeOutcome out = check(reply, times);
    out.requestBytes = m_sent.body.size();
    out.responseBytes = reply.body.size();
    if (out.kind != ExchangeOutcome::Kind::Applied)
        out.outboxDepth = m_request.health().outbox_depth();
    return out;
}

ExchangeOutcome ExchangeWorker::check(const HttpReply &reply, const ReplyTimes &times)
{
    const SecretFile secret = readSecretFile(QDir(m_job.dataDir).filePath(secretFileName()));
    VerifiedReply verified;
    try {
        if (!secret.secret)
            throw BadResponse(secret.problem);
        verified = verifyReply(reply, *secret.secret, m_sent.nonce);
    } catch (const BadResponse &e) {
        const QString code = reply.status != 0 ? unsignedErrorCode(reply) : QString();
        LocalizedText why = e.why();
        if (!code.isEmpty())
            why = { why.zh + QStringLiteral("（%1）").arg(code), why.en + QStringLiteral(" (%1)").arg(code) };
        return failed(why);
    }
    const qint64 midpoint = m_job.localMs + (times.receivedMs - m_job.localMs) / 2;
    if (verified.ok())
        return apply(verified.response, times, verified.response.server_time_ms() - midpoint);
    ExchangeOutcome out;
    out.kind = ExchangeOutcome::Kind::Refused;
    out.code = QString::fromStdString(verified.error.code());
    out.said = { QString::fromStdString(verified.error.message_zh()),
        QString::fromStdString(verified.error.message_en()) };
    out.serverTimeMs = verified.error.server_time_ms();
    out.midpointMs = midpoint;
    return out;
}

ExchangeOutcome ExchangeWorker::apply(
    const v1::SyncResponse &response, const ReplyTimes &times, qint64 offsetMs)
{
    ExchangeOutcome out;
    out.kind = ExchangeOutcome::Kind::Applied;
    try {
        storage::Database &d = db();
        storage::Transaction tx(d);
        out.results = applyResults(d, m_request, response, times.nowSecs);
        out.changes = applyChanges(d, response, times.nowUtc);
        escrow::applyGrants(d, grantsOf(response), lastSeqSeen(d, m_request));
        if (response.cursor() > 0 || m_request.cursor() == 0)
            saveCursor(d, response.cursor());
        saveClockOffset(d, offsetMs);
        recordSuccess(d, times.nowSecs);
        out.outboxDepth = sync::outboxDepth(d);
        tx.commit();
    } catch (const BadResponse &e) {
        return failed(e.why());
    } catch (const storage::StorageError &e) {
        return failed(storageTrouble("无法保存同步结果：%1", "Cannot store the sync's results: %1", e));
    }
    out.offsetMs = offsetMs;
    out.cursor = response.cursor();
    out.more = response.more() || m_request.events_size() >= wire::kMaxEventsPerRequest;
    out.wipe = response.wipe();
    return out;
}

} // namespace linli::sync
