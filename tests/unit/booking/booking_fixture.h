#pragma once

#include "../storage/storage_test_util.h"
#include "booking/event_signup.h"
#include "booking/room_booking.h"
#include "core/clock.h"
#include "startup/kiosk_database.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace linli::booking::test {

// The demo hall in a fresh database file, loaded at Sunday 2026-11-22 10:00 in Shanghai
// (02:00 UTC), with cheap PIN hashes. Times below are Shanghai local.
class BookingFixture : public ::testing::Test {
protected:
    BookingFixture()
        : clock(QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate))
    {
        startup::DatabaseSetup setup;
        setup.dataDir = dir.path();
        setup.contentDir = QStringLiteral(LINLI_DEMO_DIR);
        setup.pinCost = residents::PinCost::Cheap;
        auto opened = startup::openKioskDatabase(setup, clock.nowUtc());
        if (!opened.ok())
            throw std::runtime_error(opened.outOfServiceReason.en.toStdString());
        db.emplace(std::move(*opened.database));
        rooms.emplace(*db, clock);
        events.emplace(*db, clock);
    }

    // Local (Shanghai) date and time -> UTC seconds.
    static qint64 local(const char *localIso)
    {
        QDateTime t = QDateTime::fromString(QString::fromLatin1(localIso), Qt::ISODate);
        t.setTimeZone(QTimeZone("Asia/Shanghai"));
        return t.toSecsSinceEpoch();
    }
    void setNow(const char *localIso) { clock.set(QDateTime::fromSecsSinceEpoch(local(localIso), Qt::UTC)); }
    qint64 count(const char *sql) { return storage::test::queryInt(*db, sql); }

    linli::test::TempDir dir;
    ManualClock clock;
    std::optional<storage::Database> db;
    std::optional<RoomBooking> rooms;
    std::optional<EventSignUp> events;
};

} // namespace linli::booking::test
