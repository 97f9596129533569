// Two connections (as two kiosk threads or processes) race for the same slot and the last
// seat, many times: exactly one wins each round, the other is told kindly, nothing doubles.
#include "booking/reasons.h"
#include "booking_fixture.h"

#include <atomic>
#include <barrier>
#include <thread>

using namespace linli::booking;
using linli::booking::test::BookingFixture;

class BookingRaceTest : public BookingFixture { };

TEST_F(BookingRaceTest, TwoConnectionsRaceForTheSameSlot200Times)
{
    constexpr int kRounds = 200;
    const QString path = db->path();
    // 200 distinct slots: 10 rooms-days worth; spread over the dance and table-tennis rooms' hours.
    std::vector<std::pair<QString, qint64>> times;
    for (int d = 1; times.size() < kRounds; ++d)
        for (const char *room : { "room-dance", "room-table-tennis" })
            for (int h = 9; h <= 19 && times.size() < kRounds; ++h)
                times.push_back(
                    { QString::fromLatin1(room), local("2026-11-22T00:00:00") + d * 86400LL + h * 3600LL });
    // Limits would refuse most of these before the race matters: lift them for the test.
    db->exec("UPDATE room_booking_rule SET max_upcoming_per_resident = 1000, max_minutes_per_week = 100000, "
             "horizon_days = 30");

    std::atomic<int> wins[2] = { 0, 0 }, taken[2] = { 0, 0 }, other[2] = { 0, 0 };
    std::barrier sync(2);
    auto runner = [&](int who, const QString &resident) {
        auto conn = linli::storage::Database::open(path);
        RoomBooking booking(conn, clock, hallTime());
        for (const auto &[room, start] : times) {
            sync.arrive_and_wait();
            const BookingResult r = booking.book(resident, room, start);
            if (r.ok)
                ++wins[who];
            else if (r.reason == reasons::slotTaken())
                ++taken[who];
            else
                ++other[who];
        }
    };
    std::thread a(runner, 0, QStringLiteral("res-0001"));
    std::thread b(runner, 1, QStringLiteral("res-0002"));
    a.join();
    b.join();
    EXPECT_EQ(wins[0] + wins[1], kRounds);
    EXPECT_EQ(taken[0] + taken[1], kRounds);
    EXPECT_EQ(other[0] + other[1], 0);
    EXPECT_EQ(count("SELECT count(*) FROM booking"), kRounds);
    EXPECT_EQ(count("SELECT count(*) FROM booking_slot"), kRounds);
    EXPECT_EQ(count("SELECT count(*) FROM (SELECT room_id, starts_at_utc FROM booking GROUP BY 1, 2 "
                    "HAVING count(*) > 1)"),
        0);
    EXPECT_EQ(count("SELECT count(*) FROM outbox"), kRounds);
}

TEST_F(BookingRaceTest, TwoResidentsRaceForTheLastSeat100Times)
{
    const QString path = db->path();
    db->exec("INSERT INTO resident(id, name) VALUES ('res-x', '甲'), ('res-y', '乙')");
    constexpr int kRounds = 100;
    std::atomic<int> confirmed = 0, refused = 0;
    std::barrier sync(2);
    auto runner = [&](const QString &resident) {
        auto conn = linli::storage::Database::open(path);
        EventSignUp signUp(conn, clock);
        for (int i = 0; i < kRounds; ++i) {
            sync.arrive_and_wait();
            const auto r
                = signUp.signUp(resident, QStringLiteral("evt-race-%1").arg(i), SignUpMode::SeatOnly);
            (r.ok ? confirmed : refused)++;
            if (!r.ok) {
                EXPECT_EQ(r.reason, reasons::lastSeatTaken());
            }
        }
    };
    for (int i = 0; i < kRounds; ++i)
        db->prepare("INSERT INTO event(id, title_zh, title_en, starts_at_utc, ends_at_utc, capacity) "
                    "VALUES (?, '讲座', 'Talk', ?, ?, 1)")
            .bind(1, QStringLiteral("evt-race-%1").arg(i))
            .bind(2, clock.nowSecs() + 86400)
            .bind(3, clock.nowSecs() + 90000)
            .run();
    std::thread a(runner, QStringLiteral("res-x"));
    std::thread b(runner, QStringLiteral("res-y"));
    a.join();
    b.join();
    EXPECT_EQ(confirmed.load(), kRounds);
    EXPECT_EQ(refused.load(), kRounds);
    EXPECT_EQ(count("SELECT max(n) FROM (SELECT count(*) n FROM event_signup WHERE status = 'confirmed' "
                    "GROUP BY event_id)"),
        1);
}
