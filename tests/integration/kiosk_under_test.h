#pragma once

#include "booking/room_booking.h"
#include "canteen/canteen_orders.h"
#include "core/clock.h"
#include "core/hall_time.h"
#include "startup/kiosk_database.h"
#include "storage/database.h"
#include "support/temp_dir.h"
#include "sync/sync_engine.h"

#include <memory>
#include <optional>
#include <QProcess>

namespace linli::central {
class CentralStore;
}

namespace linli::test {

// A kiosk as linli-kiosk builds it (the demo hall on a fresh data directory, the real
// SyncEngine with its network thread) minus the screens, on a manual clock that starts at the
// real time (the server checks the time of every request), or at `start`.
class KioskUnderTest {
public:
    explicit KioskUnderTest(const QDateTime &start = QDateTime::currentDateTimeUtc());

    // linli-kiosk --enroll, as the command does it; true when enrolled (else lastEnrolMessage says why).
    bool enrol(quint16 port, const QString &code);
    bool enrolAt(const QString &url, const QString &code, const QString &caFile = {});
    LocalizedText lastEnrolMessage;
    // Builds the engine for http://127.0.0.1:<port> (call again to point it elsewhere).
    void connectTo(quint16 port);
    void connectToUrl(const QString &url, const QString &caFile = {});
    // One exchange, now; true when it succeeded. Waits at most `timeoutMs` for it.
    bool syncOnce(int timeoutMs = 15000);

    // The outbox rows: all of them, and those still waiting for an answer.
    qint64 outboxCount(const char *where = "1");
    // `n` events of a kind the server stores without judging, for volume.
    void addNotes(int n);
    // A resident books the dance room tomorrow (hall time) at 10:00 + `hourOffset`.
    QString bookDance(const QString &residentId, int hourOffset);
    // A resident books `roomId` from `startUtc` for one slot; the booking's id.
    QString book(const QString &residentId, const QString &roomId, qint64 startUtc);
    // A resident orders one serving of the first lunch or dinner still open for orders in the
    // week ahead; the order's id.
    QString orderMeal(const QString &residentId);

    TempDir dir;
    ManualClock clock;
    std::optional<storage::Database> db;
    std::optional<tickets::SigningKey> key;
    std::optional<booking::RoomBooking> rooms;
    std::optional<canteen::CanteenOrders> meals;
    std::unique_ptr<sync::SyncEngine> engine;
    QTimeZone zone;

private:
    int m_notes = 0;
};

// A real `linli-central serve` that can go down and come back: on its own database with the demo
// content imported, on a loopback port it keeps across restarts (the kiosk is pointed at it
// once). Down is the process killed, not a refusing proxy: what the server committed before must
// be there when it is back.
class RestartableCentral {
public:
    RestartableCentral();
    ~RestartableCentral();

    quint16 port() const { return m_port; }
    QString enrolmentCode();
    void stop(); // killed: connections to the port are refused
    bool start(); // serves again on the same port; false when it could not
    central::CentralStore &store(); // a connection of the test's own to the server's database

private:
    TempDir m_dir;
    QString m_db;
    QProcess m_process;
    quint16 m_port = 0;
    std::unique_ptr<central::CentralStore> m_store;
};

} // namespace linli::test
