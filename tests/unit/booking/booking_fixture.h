#pragma once

#include "../storage/storage_test_util.h"
#include "booking/booking_store.h"
#include "booking/event_signup.h"
#include "booking/room_booking.h"
#include "core/clock.h"
#include "core/hall_time.h"
#include "information/hall.h"
#include "startup/kiosk_database.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace linli::booking {

// Readable statuses in assertion failures.
inline void PrintTo(BookingStatus status, std::ostream *os)
{
    *os << store::statusName(status).toStdString();
}
inline void PrintTo(SignUpStatus status, std::ostream *os)
{
    *os << (status == SignUpStatus::None ? std::string("none")
                                         : store::signUpStatusName(status).toStdString());
}

} // namespace linli::booking

namespace linli::booking::test {

// A hall's content in a fresh database file, loaded at a fixed time, with cheap PIN hashes;
// the services get the hall's own time zone, as the kiosk gives them. By default the demo
// hall (Shanghai) at Sunday 2026-11-22 10:00 local (02:00 UTC). Times in tests are the
// hall's local times (local(), setNow()).
class BookingFixture : public ::testing::Test {
protected:
    BookingFixture()
        : BookingFixture(QStringLiteral(LINLI_DEMO_DIR),
            QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate))
    {
    }

    BookingFixture(const QString &contentDir, const QDateTime &nowUtc)
        : clock(nowUtc)
    {
        startup::DatabaseSetup setup;
        setup.dataDir = dir.path();
        setup.contentDir = contentDir;
        setup.pinCost = residents::PinCost::Cheap;
        auto opened = startup::openKioskDatabase(setup, clock.nowUtc());
        if (!opened.ok())
            throw std::runtime_error(opened.outOfServiceReason.en.toStdString());
        db.emplace(std::move(*opened.database));
        const auto hall = information::loadHall(*db);
        if (!hall)
            throw std::runtime_error("the content has no hall");
        zone = hall->timeZone;
        rooms.emplace(*db, clock, hallTime());
        events.emplace(*db, clock);
    }

    HallTime hallTime() const { return HallTime(zone); }
    // The hall's local date and time -> UTC seconds.
    qint64 local(const char *localIso) const
    {
        QDateTime t = QDateTime::fromString(QString::fromLatin1(localIso), Qt::ISODate);
        t.setTimeZone(zone);
        return t.toSecsSinceEpoch();
    }
    void setNow(const char *localIso) { clock.set(QDateTime::fromSecsSinceEpoch(local(localIso), Qt::UTC)); }
    qint64 count(const char *sql) { return storage::test::queryInt(*db, sql); }

    linli::test::TempDir dir;
    ManualClock clock;
    QTimeZone zone;
    std::optional<storage::Database> db;
    std::optional<RoomBooking> rooms;
    std::optional<EventSignUp> events;
};

} // namespace linli::booking::test
