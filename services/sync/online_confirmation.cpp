#include "sync/online_confirmation.h"

#include "storage/database.h"
#include "storage/storage_error.h"
#include "sync/sync_engine.h"
#include "sync/sync_log.h"

namespace linli::sync {

OnlineConfirmation::OnlineConfirmation(SyncEngine &engine, storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_db(db)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCWarning(lcSync).noquote() << "no answer from the server within the bound for" << m_eventId;
        finish(Answer::NoAnswer);
    });
    connect(&m_engine, &SyncEngine::exchangeFinished, this, &OnlineConfirmation::onExchange);
}

void OnlineConfirmation::await(const QString &eventId, Done done, std::chrono::milliseconds bound)
{
    if (m_done)
        finish(Answer::NoAnswer); // a new sale replaces the old wait: never two callbacks pending
    m_eventId = eventId;
    m_done = std::move(done);
    m_deadline.start(bound);
    m_engine.confirmNow();
}

void OnlineConfirmation::onExchange(bool ok)
{
    if (!m_done)
        return;
    if (!ok) {
        finish(Answer::NoAnswer);
        return;
    }
    try {
        auto q = m_db.prepare("SELECT result, reason_zh, reason_en FROM outbox WHERE event_id = ?");
        q.bind(1, m_eventId);
        if (!q.step() || q.isNull(0))
            return; // that exchange carried other events; the engine sends again right after
        if (q.text(0) == u"accepted")
            finish(Answer::Accepted);
        else
            finish(Answer::Rejected, { q.text(1), q.text(2) });
    } catch (const storage::StorageError &e) {
        qCWarning(lcSync).noquote() << "cannot read the answer of" << m_eventId << ":" << e.what();
        finish(Answer::NoAnswer);
    }
}

void OnlineConfirmation::finish(Answer answer, const LocalizedText &reason)
{
    m_deadline.stop();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(answer, reason);
}

} // namespace linli::sync
