#pragma once

#include "core/localized_text.h"
#include "sync/server_address.h"
#include "sync/sync_exchange.h"
#include "sync/sync_schedule.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimer>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::sync {

struct ExchangeOutcome;
class ExchangeWorker;

struct EngineSettings {
    QString dataDir; // where sync-secret.key is
    QString serverUrl; // [sync] server_url; empty: the kiosk stays offline by design
    QString caFile; // [sync] server_ca
    std::chrono::seconds interval{ 60 };
    std::chrono::seconds backoffCap{ 300 }; // [sync] backoff_cap_secs
    QString softwareVersion;
};

// Runs the kiosk's syncs: the schedule, the state the screens show and the signals live on this
// (the GUI) thread; building each request from the outbox, sending it and applying a verified
// reply in one transaction (results, changes, then the cursor) happen on a thread of its own
// with a database connection of its own (ExchangeWorker). A screen never waits for it.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class Status { Disabled, NotEnrolled, Waiting, Online, Offline, Revoked };
    Q_ENUM(Status)

    SyncEngine(storage::Database &db, const Clock &clock, EngineSettings settings,
        SyncSchedule::Random random, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start(); // the first sync in a few seconds, then on schedule
    void syncNow(); // at once (again right after the one in flight, if any)
    void localChange(); // something went into the outbox: sync soon
    // At once, telling the server a resident waits for the answer (OnlineConfirmation).
    void confirmNow();

    Status status() const { return m_status; }
    bool offline() const { return m_status == Status::Offline; }
    const LocalizedText &problem() const { return m_problem; }
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    std::optional<qint64> lastSuccessUtc() const { return m_lastSuccessUtc; }
    quint64 outboxDepth() const { return m_outboxDepth; }
    std::chrono::milliseconds nextDelay() const { return m_nextDelay; }
    // Body sizes of the last exchange (an idle sync stays small: the 512 bytes each way).
    qsizetype lastRequestBytes() const { return m_lastRequestBytes; }
    qsizetype lastResponseBytes() const { return m_lastResponseBytes; }

    // Called after results were applied (the app revokes refused bookings' tickets).
    std::function<void()> afterResults;

signals:
    void statusChanged();
    void catalogChanged(); // rooms, events, notices changed
    void outboxAnswered(); // some events got their answer (bookings, orders may say so)
    void revoked(); // the server revoked this kiosk; residents' data is wiped
    void exchangeFinished(bool ok); // one exchange is over (tests wait on it)

private:
    void send();
    void onReply(const HttpReply &reply);
    void onOutcome(const ExchangeOutcome &out);
    void onRefused(const ExchangeOutcome &out);
    void handleRevoked();
    void fail(const LocalizedText &why);
    void arm(std::chrono::milliseconds delay);
    void setStatus(Status status);
    qint64 localMs() const;

    storage::Database &m_db;
    const Clock &m_clock;
    EngineSettings m_settings;
    std::optional<ServerAddress> m_address;
    SyncSchedule m_schedule;
    QThread m_networkThread;
    ExchangeWorker *m_worker = nullptr; // lives on m_networkThread
    QTimer m_timer;
    Status m_status = Status::Waiting;
    LocalizedText m_problem;
    qint64 m_clockOffsetMs = 0;
    std::optional<qint64> m_lastSuccessUtc;
    quint64 m_outboxDepth = 0;
    std::chrono::milliseconds m_nextDelay{ 0 };
    qsizetype m_lastRequestBytes = 0, m_lastResponseBytes = 0;
    QStringList m_recentErrors; // newest first, at most 5: the health the server keeps
    bool m_inFlight = false;
    bool m_againAfter = false;
    bool m_confirmNext = false;
    bool m_staleRetried = false;
};

} // namespace linli::sync
