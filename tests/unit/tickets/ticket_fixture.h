#pragma once

#include "../storage/storage_test_util.h"
#include "booking/event_signup.h"
#include "booking/room_booking.h"
#include "canteen/canteen_orders.h"
#include "core/clock.h"
#include "core/hall_time.h"
#include "information/hall.h"
#include "startup/kiosk_database.h"
#include "support/temp_dir.h"
#include "tickets/signing_key.h"
#include "tickets/ticket_body.h"
#include "tickets/ticket_office.h"
#include "tickets/ticket_text.h"

#include <gtest/gtest.h>

namespace linli::tickets {

inline void PrintTo(TicketStatus status, std::ostream *os)
{
    *os << statusName(status).toStdString();
}

} // namespace linli::tickets

namespace linli::tickets::test {

inline const QString kMing = QStringLiteral("res-0001"); // 张国明
inline const QString kChen = QStringLiteral("res-0004"); // 陈桂芳, ¥50 of vouchers
inline const QString kDance = QStringLiteral("room-dance");
inline const QString kTaichi = QStringLiteral("evt-class-taichi"); // Wednesday 08:30, 60 min, 30 seats

// The demo hall in a fresh data directory, opened as the kiosk opens it (kiosk demo-kiosk-01,
// whose key grows from the demo seed) at Sunday 2026-11-22 10:00 in Shanghai, with the
// booking, canteen and ticket services on one injectable clock.
class TicketFixture : public ::testing::Test {
protected:
    TicketFixture()
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
        key.emplace(std::move(*opened.ticketKey));
        zone = information::loadHall(*db)->timeZone;
        rooms.emplace(*db, clock, HallTime(zone));
        events.emplace(*db, clock);
        orders.emplace(*db, clock, HallTime(zone));
        office.emplace(*db, clock, *key, QStringLiteral("demo-kiosk-01"));
    }

    qint64 local(const char *localIso) const
    {
        QDateTime t = QDateTime::fromString(QString::fromLatin1(localIso), Qt::ISODate);
        t.setTimeZone(zone);
        return t.toSecsSinceEpoch();
    }
    void setNow(const char *localIso) { clock.set(QDateTime::fromSecsSinceEpoch(local(localIso), Qt::UTC)); }
    qint64 count(const char *sql) { return storage::test::queryInt(*db, sql); }

    // Ming's dance room booking, Monday 23 November 15:00-17:00.
    QString bookDance()
    {
        const auto r = rooms->book(kMing, kDance, local("2026-11-23T15:00:00"), 2);
        EXPECT_TRUE(r.ok) << r.reason.en.toStdString();
        return r.value.id;
    }
    IssuedTicket danceTicket()
    {
        const auto t = office->ticketForBooking(bookDance());
        EXPECT_TRUE(t.ok) << t.reason.en.toStdString();
        return t.value;
    }
    // Chen's lunch set for Monday 23 November, delivered.
    QString orderLunch()
    {
        canteen::OrderRequest r;
        r.residentId = kChen;
        r.offerId = QStringLiteral("2026-11-23.lunch.dish-set-a");
        r.quantity = 2;
        const auto o = orders->order(r);
        EXPECT_TRUE(o.ok) << o.reason.en.toStdString();
        return o.value.id;
    }

    // Signs `t` with `signer` as a kiosk would.
    static QString sign(const Ticket &t, const SigningKey &signer)
    {
        const QByteArray body = serializeBody(t);
        return ticketText({ body, signer.sign(body) });
    }

    linli::test::TempDir dir;
    ManualClock clock;
    QTimeZone zone;
    std::optional<storage::Database> db;
    std::optional<SigningKey> key;
    std::optional<booking::RoomBooking> rooms;
    std::optional<booking::EventSignUp> events;
    std::optional<canteen::CanteenOrders> orders;
    std::optional<TicketOffice> office;
    const CheckInPoint danceDoor{ QStringLiteral("room-dance"),
        { QStringLiteral("舞蹈室"), QStringLiteral("the Dance Room") } };
};

} // namespace linli::tickets::test
