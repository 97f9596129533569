#include "sync/sync_engine.h"

#include "core/clock.h"
#include "core/clock_trust.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "sync/exchange_worker.h"
#include "sync/resident_wipe.h"
#include "sync/sync_log.h"
#include "sync/sync_state.h"

namespace linli::sync {

SyncEngine::SyncEngine(storage::Database &db, const Clock &clock, EngineSettings settings,
    SyncSchedule::Random random, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_schedule(m_settings.interval, std::move(random), m_settings.backoffCap)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::send);
    m_worker = new ExchangeWorker(m_db.path());
    m_worker->moveToThread(&m_networkThread);
    connect(&m_networkThread, &QThread::finished, m_worker, &QObject::deleteLater);
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
    const ExchangeJob job{ *m_address, m_settings.dataDir, m_settings.softwareVersion, m_recentErrors,
        localMs(), m_clockOffsetMs, m_confirmNext };
    m_confirmNext = false;
    m_inFlight = true;
    ExchangeWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, job] {
        worker->start(
            job,
            [this](HttpReply reply) {
                QMetaObject::invokeMethod(this, [this, reply = std::move(reply)] { onReply(reply); });
            },
            [this](ExchangeOutcome out) {
                QMetaObject::invokeMethod(this, [this, out = std::move(out)] { onOutcome(out); });
            });
    });
}

void SyncEngine::onReply(const HttpReply &reply)
{
    // The clock is read here, on the engine's thread; the worker checks and applies the reply.
    const ReplyTimes times{ localMs(), m_clock.nowSecs(), m_clock.nowUtc() };
    ExchangeWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, reply, times] {
        ExchangeOutcome out = worker->finish(reply, times);
        out.appliedAtSecs = times.nowSecs;
        QMetaObject::invokeMethod(this, [this, out = std::move(out)] { onOutcome(out); });
    });
}

void SyncEngine::onOutcome(const ExchangeOutcome &out)
{
    m_inFlight = false;
    if (out.kind == ExchangeOutcome::Kind::NotEnrolled) {
        setStatus(Status::NotEnrolled);
        return;
    }
    m_outboxDepth = out.outboxDepth;
    m_lastRequestBytes = out.requestBytes;
    m_lastResponseBytes = out.responseBytes;
    if (out.kind == ExchangeOutcome::Kind::Failed) {
        fail(out.why);
        return;
    }
    if (out.kind == ExchangeOutcome::Kind::Refused) {
        onRefused(out);
        return;
    }
    m_staleRetried = false;
    m_clockOffsetMs = out.offsetMs;
    clock_trust::setServerOffsetMs(out.offsetMs);
    m_lastSuccessUtc = out.appliedAtSecs;
    m_problem = {};
    const ResultsApplied &results = out.results;
    const ChangesApplied &changes = out.changes;
    qCInfo(lcSync).noquote() << "synced:" << results.accepted << "accepted," << results.rejected
                             << "rejected," << changes.written << "changes," << changes.deleted
                             << "deletions; cursor" << out.cursor << "offset" << out.offsetMs << "ms";
    // The reply was applied on the worker's connection; a statement left stepped on this one
    // would keep the screens on the data from before it.
    if (const QStringList stuck = m_db.busyStatements(); !stuck.isEmpty())
        qCWarning(lcSync).noquote() << "a statement not reset hides this sync from the screens:"
                                    << stuck.join(QStringLiteral(" | "));
    if (results.accepted + results.rejected > 0) {
        if (results.rejected > 0 && afterResults)
            afterResults();
        emit outboxAnswered();
    }
    if (changes.catalogChanged)
        emit catalogChanged();
    if (out.wipe) {
        handleRevoked();
        return;
    }
    setStatus(Status::Online);
    emit exchangeFinished(true);
    arm(m_schedule.afterSuccess(out.more || m_againAfter));
    m_againAfter = false;
}

void SyncEngine::onRefused(const ExchangeOutcome &out)
{
    if (out.code == u"revoked") {
        handleRevoked();
        return;
    }
    if (out.code == u"stale" && out.serverTimeMs > 0 && !m_staleRetried) {
        m_clockOffsetMs = out.serverTimeMs - out.midpointMs;
        clock_trust::setServerOffsetMs(m_clockOffsetMs);
        qCWarning(lcSync).noquote() << "the server finds this kiosk's clock off; offset now"
                                    << m_clockOffsetMs << "ms; trying again";
        m_staleRetried = true;
        send();
        return;
    }
    fail({ QStringLiteral("中心服务器拒绝了同步（%1）：%2").arg(out.code, out.said.zh),
        QStringLiteral("The central server refused the sync (%1): %2").arg(out.code, out.said.en) });
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
