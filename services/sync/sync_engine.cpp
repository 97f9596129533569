#include "sync/sync_engine.h"

#include "core/clock.h"
#include "core/clock_trust.h"
#include "escrow/escrow_shares.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "sync/catalog_changes.h"
#include "sync/http_post.h"
#include "sync/outbox_results.h"
#include "sync/resident_wipe.h"
#include "sync/secret_file.h"
#include "sync/sync_error.h"
#include "sync/sync_log.h"
#include "sync/sync_state.h"
#include "wire/wire.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QStorageInfo>

namespace linli::sync {

namespace {

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

} // namespace

namespace {

constexpr int kTimeoutMs = 30'000;

// The network's side of the engine: lives on the engine's network thread, where its manager is
// made on first use (a QNetworkAccessManager belongs to the thread that creates it).
class NetworkSide : public QObject {
public:
    QNetworkAccessManager &manager()
    {
        if (!m_manager)
            m_manager = new QNetworkAccessManager(this);
        return *m_manager;
    }

private:
    QNetworkAccessManager *m_manager = nullptr;
};

} // namespace

SyncEngine::SyncEngine(storage::Database &db, const Clock &clock, EngineSettings settings,
    SyncSchedule::Random random, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_schedule(m_settings.interval, std::move(random))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::send);
    m_networkSide = new NetworkSide;
    m_networkSide->moveToThread(&m_networkThread);
    connect(&m_networkThread, &QThread::finished, m_networkSide, &QObject::deleteLater);
    m_networkThread.setObjectName(QStringLiteral("linli-sync"));
    m_networkThread.start();
    try {
        const SyncState state = loadSyncState(m_db);
        m_clockOffsetMs = state.clockOffsetMs;
        clock_trust::setServerOffsetMs(m_clockOffsetMs);
        m_lastSuccessUtc = state.lastSuccessUtc;
        if (state.revoked)
            m_status = Status::Revoked;
        else if (m_settings.serverUrl.isEmpty())
            m_status = Status::Disabled;
        else if (!state.enrolled())
            m_status = Status::NotEnrolled;
        else if (state.lastFailureUtc
            && (!state.lastSuccessUtc || *state.lastFailureUtc > *state.lastSuccessUtc)) {
            // The last attempt before this start failed: offline until a sync says otherwise.
            m_status = Status::Offline;
            m_problem = { state.lastError, state.lastError };
        }
    } catch (const storage::StorageError &e) {
        qCWarning(lcSync).noquote() << "cannot read the sync state:" << e.what();
        m_status = Status::Offline;
    }
    if (!m_settings.serverUrl.isEmpty()) {
        const AddressCheck check = checkServerAddress(m_settings.serverUrl, m_settings.caFile);
        m_address = check.address;
        if (!m_address) {
            m_problem = check.problem;
            qCWarning(lcSync).noquote() << check.problem.en;
        }
    }
}

SyncEngine::~SyncEngine()
{
    m_networkThread.quit();
    m_networkThread.wait();
}

void SyncEngine::start()
{
    arm(std::chrono::seconds(3));
}

void SyncEngine::syncNow()
{
    if (m_inFlight) {
        m_againAfter = true;
        return;
    }
    send();
}

void SyncEngine::confirmNow()
{
    m_confirmNext = true;
    syncNow();
}

void SyncEngine::localChange()
{
    if (m_inFlight) {
        m_againAfter = true;
        return;
    }
    const auto remaining = std::chrono::milliseconds(m_timer.isActive() ? m_timer.remainingTime() : 0);
    arm(m_schedule.afterLocalChange(m_timer.isActive() ? remaining : SyncSchedule::kDebounce));
}

qint64 SyncEngine::localMs() const
{
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

void SyncEngine::arm(std::chrono::milliseconds delay)
{
    if (m_status == Status::Disabled || m_status == Status::NotEnrolled || m_status == Status::Revoked
        || !m_address)
        return;
    m_nextDelay = delay;
    m_timer.start(delay);
}

void SyncEngine::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged();
}

void SyncEngine::send()
{
    m_timer.stop();
    if (m_inFlight || !m_address || m_status == Status::Disabled || m_status == Status::Revoked)
        return;
    SyncState state;
    v1::SyncRequest request;
    try {
        state = loadSyncState(m_db);
        if (!state.enrolled()) {
            setStatus(Status::NotEnrolled);
            return;
        }
        Health health;
        health.softwareVersion = m_settings.softwareVersion;
        health.localTimeMs = localMs();
        health.diskFreeBytes
            = static_cast<quint64>(std::max<qint64>(0, QStorageInfo(m_settings.dataDir).bytesAvailable()));
        health.errors = m_recentErrors;
        if (health.errors.isEmpty() && !state.lastError.isEmpty())
            health.errors << state.lastError; // from before this start
        request = buildSyncRequest(m_db, state.kioskId, state.cursor, health, m_confirmNext);
        m_confirmNext = false;
        m_outboxDepth = request.health().outbox_depth();
    } catch (const storage::StorageError &e) {
        fail({ QStringLiteral("无法读取待同步的数据：%1").arg(QString::fromUtf8(e.what())),
            QStringLiteral("Cannot read what to sync: %1").arg(QString::fromUtf8(e.what())) });
        return;
    }
    const SecretFile secret = readSecretFile(QDir(m_settings.dataDir).filePath(secretFileName()));
    if (!secret.secret) {
        fail(secret.problem);
        return;
    }
    const QByteArray body = QByteArray::fromStdString(request.SerializeAsString());
    const qint64 sentAtMs = localMs();
    m_lastRequestBytes = body.size();
    const SignedRequest sent
        = signRequest(body, *secret.secret, state.kioskId, sentAtMs + m_clockOffsetMs, wire::newNonce());
    const Headers headers{ { wire::kKioskHeader, sent.kioskId },
        { wire::kTimeHeader, QByteArray::number(sent.timeMs) }, { wire::kNonceHeader, sent.nonce },
        { wire::kSignatureHeader, sent.signature } };
    m_inFlight = true;
    const ServerAddress address = *m_address;
    auto *side = static_cast<NetworkSide *>(m_networkSide);
    QMetaObject::invokeMethod(side, [this, side, address, sent, headers, request, sentAtMs] {
        startPost(side->manager(), address, QStringLiteral("/v1/sync"), sent.body, headers, kTimeoutMs,
            [this, sent, request, sentAtMs](HttpReply reply) {
                QMetaObject::invokeMethod(this, [this, reply = std::move(reply), sent, request, sentAtMs] {
                    onReply(reply, sent, request, sentAtMs);
                });
            });
    });
}

void SyncEngine::onReply(
    const HttpReply &reply, const SignedRequest &sent, const v1::SyncRequest &request, qint64 sentAtMs)
{
    m_inFlight = false;
    m_lastResponseBytes = reply.body.size();
    const SecretFile secret = readSecretFile(QDir(m_settings.dataDir).filePath(secretFileName()));
    VerifiedReply verified;
    try {
        if (!secret.secret)
            throw BadResponse(secret.problem);
        verified = verifyReply(reply, *secret.secret, sent.nonce);
    } catch (const BadResponse &e) {
        const QString code = reply.status != 0 ? unsignedErrorCode(reply) : QString();
        LocalizedText why = e.why();
        if (!code.isEmpty())
            why = { why.zh + QStringLiteral("（%1）").arg(code), why.en + QStringLiteral(" (%1)").arg(code) };
        fail(why);
        return;
    }
    const qint64 receivedAtMs = localMs();
    const qint64 midpoint = sentAtMs + (receivedAtMs - sentAtMs) / 2;
    if (!verified.ok()) {
        const QString code = QString::fromStdString(verified.error.code());
        const LocalizedText said{ QString::fromStdString(verified.error.message_zh()),
            QString::fromStdString(verified.error.message_en()) };
        if (code == u"revoked") {
            handleRevoked();
            return;
        }
        if (code == u"stale" && verified.error.server_time_ms() > 0 && !m_staleRetried) {
            m_clockOffsetMs = verified.error.server_time_ms() - midpoint;
            clock_trust::setServerOffsetMs(m_clockOffsetMs);
            qCWarning(lcSync).noquote() << "the server finds this kiosk's clock off; offset now"
                                        << m_clockOffsetMs << "ms; trying again";
            m_staleRetried = true;
            send();
            return;
        }
        fail({ QStringLiteral("中心服务器拒绝了同步（%1）：%2").arg(code, said.zh),
            QStringLiteral("The central server refused the sync (%1): %2").arg(code, said.en) });
        return;
    }
    m_staleRetried = false;
    const qint64 offset = verified.response.server_time_ms() - midpoint;
    if (!applyResponse(request, verified.response, offset))
        return;
    if (verified.response.wipe()) {
        handleRevoked();
        return;
    }
    const bool more = verified.response.more() || request.events_size() >= wire::kMaxEventsPerRequest;
    setStatus(Status::Online);
    emit exchangeFinished(true);
    arm(m_schedule.afterSuccess(more || m_againAfter));
    m_againAfter = false;
}

bool SyncEngine::applyResponse(
    const v1::SyncRequest &request, const v1::SyncResponse &response, qint64 offsetMs)
{
    const qint64 now = m_clock.nowSecs();
    ResultsApplied results;
    ChangesApplied changes;
    try {
        storage::Transaction tx(m_db);
        results = applyResults(m_db, request, response, now);
        changes = applyChanges(m_db, response, m_clock.nowUtc());
        escrow::applyGrants(m_db, grantsOf(response), lastSeqSeen(m_db, request));
        if (response.cursor() > 0 || request.cursor() == 0)
            saveCursor(m_db, response.cursor());
        saveClockOffset(m_db, offsetMs);
        recordSuccess(m_db, now);
        m_outboxDepth = sync::outboxDepth(m_db);
        tx.commit();
    } catch (const BadResponse &e) {
        fail(e.why());
        return false;
    } catch (const storage::StorageError &e) {
        fail({ QStringLiteral("无法保存同步结果：%1").arg(QString::fromUtf8(e.what())),
            QStringLiteral("Cannot store the sync's results: %1").arg(QString::fromUtf8(e.what())) });
        return false;
    }
    m_clockOffsetMs = offsetMs;
    clock_trust::setServerOffsetMs(offsetMs);
    m_lastSuccessUtc = now;
    m_problem = {};
    qCInfo(lcSync).noquote() << "synced:" << results.accepted << "accepted," << results.rejected
                             << "rejected," << changes.written << "changes," << changes.deleted
                             << "deletions; cursor" << response.cursor() << "offset" << offsetMs << "ms";
    if (results.accepted + results.rejected > 0) {
        if (results.rejected > 0 && afterResults)
            afterResults();
        emit outboxAnswered();
    }
    if (changes.catalogChanged)
        emit catalogChanged();
    return true;
}

void SyncEngine::handleRevoked()
{
    qCCritical(lcSync) << "the central server revoked this kiosk: wiping residents' data";
    try {
        const int wiped = wipeResidents(m_db);
        markRevoked(m_db);
        qCCritical(lcSync) << "wiped" << wiped << "residents";
    } catch (const storage::StorageError &e) {
        qCCritical(lcSync).noquote() << "could not wipe residents' data:" << e.what();
    }
    m_timer.stop();
    m_problem = { QStringLiteral("本终端已被中心服务器停用，居民资料已清除；请联系管理员重新登记。"),
        QStringLiteral(
            "The central server revoked this kiosk and residents' data was wiped; staff must enrol it "
            "again.") };
    setStatus(Status::Revoked);
    emit revoked();
    emit exchangeFinished(false);
}

void SyncEngine::fail(const LocalizedText &why)
{
    m_inFlight = false;
    m_staleRetried = false; // the next attempt may learn a new offset again
    m_problem = why;
    qCWarning(lcSync).noquote() << "sync failed:" << why.en;
    m_recentErrors.prepend(m_clock.nowUtc().toString(Qt::ISODate) + u' ' + why.en);
    while (m_recentErrors.size() > 5)
        m_recentErrors.removeLast();
    try {
        recordFailure(m_db, m_clock.nowSecs(), why.en);
    } catch (const storage::StorageError &) {
        // the failure is logged; the database's own trouble shows elsewhere
    }
    setStatus(Status::Offline);
    emit exchangeFinished(false);
    arm(m_schedule.afterFailure());
    m_againAfter = false;
}

} // namespace linli::sync
