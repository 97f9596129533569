#pragma once

#include "core/localized_text.h"

#include <chrono>
#include <functional>
#include <QObject>
#include <QTimer>

namespace linli::storage {
class Database;
}

namespace linli::sync {

class SyncEngine;

// A sale beyond this kiosk's escrow shares waits for the central server: at most `bound`
// (2 s by the issue), then the kiosk gives up and the sale is withdrawn. One wait at a time:
// one resident stands at the screen.
class OnlineConfirmation : public QObject {
    Q_OBJECT
public:
    enum class Answer { Accepted, Rejected, NoAnswer };
    using Done = std::function<void(Answer, const LocalizedText &reason)>;
    static constexpr std::chrono::milliseconds kBound{ 2000 };

    OnlineConfirmation(SyncEngine &engine, storage::Database &db, QObject *parent = nullptr);

    // Asks at once; `done` is called exactly once, on this thread, within `bound`. A failed
    // exchange (the server unreachable, refusing) answers NoAnswer at once.
    void await(const QString &eventId, Done done, std::chrono::milliseconds bound = kBound);
    bool waiting() const { return static_cast<bool>(m_done); }

private:
    void onExchange(bool ok);
    void finish(Answer answer, const LocalizedText &reason = {});

    SyncEngine &m_engine;
    storage::Database &m_db;
    QTimer m_deadline;
    QString m_eventId;
    Done m_done;
};

} // namespace linli::sync
