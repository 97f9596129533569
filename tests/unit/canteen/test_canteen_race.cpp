// Two connections (two kiosk threads or processes) race for the last serving 200 times:
// exactly one gets it each round, the other is told kindly, nothing is oversold.
#include "canteen/canteen_orders.h"
#include "canteen/reasons.h"
#include "canteen_fixture.h"

#include <atomic>
#include <barrier>
#include <thread>

using namespace linli::canteen;
using linli::canteen::test::CanteenFixture;

class CanteenRaceTest : public CanteenFixture { };

TEST_F(CanteenRaceTest, TwoConnectionsRaceForTheLastServing200Times)
{
    constexpr int kRounds = 200;
    const QString path = db->path();
    // 200 dishes with one serving each on tomorrow's lunch.
    std::vector<QString> offers;
    for (int i = 0; i < kRounds; ++i) {
        const QString dish = QStringLiteral("dish-race-%1").arg(i);
        db->prepare("INSERT INTO canteen_dish(id, canteen_id, name_zh, name_en, category, price_fen) "
                    "VALUES (?, 'canteen-baisuitang', '菜', 'Dish', 'set', 1500)")
            .bind(1, dish)
            .run();
        offers.push_back(QStringLiteral("race-%1").arg(i));
        db->prepare("INSERT INTO canteen_offer(id, canteen_id, dish_id, meal_date, period, price_fen, quota, "
                    "order_by_utc, pickup_from_utc, pickup_to_utc) VALUES (?, 'canteen-baisuitang', ?, "
                    "'2026-11-23', 'lunch', 1500, 1, ?, ?, ?)")
            .bind(1, offers.back())
            .bind(2, dish)
            .bind(3, local("2026-11-23T10:00:00"))
            .bind(4, local("2026-11-23T11:00:00"))
            .bind(5, local("2026-11-23T13:00:00"))
            .run();
    }
    std::atomic<int> wins = 0, soldOut = 0, other = 0;
    std::barrier sync(2);
    auto runner = [&](const QString &resident) {
        auto conn = linli::storage::Database::open(path);
        CanteenOrders orders(conn, clock, hallTime());
        for (const QString &offer : offers) {
            sync.arrive_and_wait();
            OrderRequest r;
            r.residentId = resident;
            r.offerId = offer;
            const auto result = orders.order(r);
            if (result.ok)
                ++wins;
            else if (result.reason == reasons::soldOut())
                ++soldOut;
            else
                ++other;
        }
    };
    // Both with vouchers, so each win also debits a ledger: nothing may double there either.
    std::thread a(runner, QStringLiteral("res-0004"));
    std::thread b(runner, QStringLiteral("res-0002"));
    a.join();
    b.join();
    EXPECT_EQ(wins.load(), kRounds);
    EXPECT_EQ(soldOut.load(), kRounds);
    EXPECT_EQ(other.load(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM meal_order WHERE offer_id LIKE 'race-%'"), kRounds);
    EXPECT_EQ(count("SELECT count(*) FROM canteen_offer WHERE id LIKE 'race-%' AND taken <> 1"), 0);
    EXPECT_EQ(
        count("SELECT count(*) FROM (SELECT offer_id FROM meal_order GROUP BY offer_id HAVING count(*) > 1)"),
        0);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'meal_order.created'"), kRounds);
    EXPECT_EQ(count("SELECT count(*) FROM voucher_ledger WHERE resident_id = 'res-0004' AND amount_fen < 0"),
        count("SELECT count(*) FROM meal_order WHERE resident_id = 'res-0004' AND voucher_fen > 0"));
    EXPECT_GE(
        count("SELECT min(b) FROM (SELECT sum(amount_fen) b FROM voucher_ledger GROUP BY resident_id)"), 0);
}
