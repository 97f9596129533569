#pragma once

#include "booking/room_booking.h"
#include "core/clock.h"
#include "core/hall_time.h"
#include "startup/kiosk_database.h"
#include "storage/database.h"
#include "support/temp_dir.h"
#include "sync/sync_engine.h"

#include <memory>
#include <optional>

namespace linli::test {

// A kiosk as linli-kiosk builds it (the demo hall on a fresh data directory, the real
// SyncEngine with its network thread) minus the screens, on a manual clock that starts at the
// real time (the server checks the time of every request).
class KioskUnderTest {
public:
    KioskUnderTest();

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

    TempDir dir;
    ManualClock clock;
    std::optional<storage::Database> db;
    std::optional<tickets::SigningKey> key;
    std::optional<booking::RoomBooking> rooms;
    std::unique_ptr<sync::SyncEngine> engine;
    QTimeZone zone;

private:
    int m_notes = 0;
};

} // namespace linli::test
