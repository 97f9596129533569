// The kitchen count and the delivery list: standing orders only, eat-in and delivery apart; the
// delivery list in the rounds' order, with the full address, phone, dishes and notes.
#include "canteen/canteen_orders.h"
#include "canteen/kitchen.h"
#include "canteen_fixture.h"

#include <algorithm>

using namespace linli::canteen;
using linli::canteen::test::CanteenFixture;

namespace {

class KitchenTest : public CanteenFixture {
protected:
    MealOrder orderOk(const QString &who, const char *dish, int quantity, bool delivery)
    {
        OrderRequest r;
        r.residentId = who;
        r.offerId = offerId(1, "lunch", dish);
        r.quantity = quantity;
        r.delivery = delivery;
        const auto result = orders.order(r);
        EXPECT_TRUE(result.ok) << result.reason.en.toStdString();
        return result.value;
    }
    CanteenOrders orders{ *db, clock, hallTime() };
};

TEST_F(KitchenTest, CountsServingsPerDishEatInAndDeliveryWhileTheOrdersStand)
{
    const QDate monday(2026, 11, 23);
    EXPECT_TRUE(kitchenCount(*db, monday, MealPeriod::Lunch).empty());
    const MealOrder chen = orderOk(QStringLiteral("res-0004"), "dish-set-a", 1, true);
    orderOk(QStringLiteral("res-0006"), "dish-set-a", 2, false);
    orderOk(QStringLiteral("res-0002"), "dish-tomato-egg", 1, false);

    auto lines = kitchenCount(*db, monday, MealPeriod::Lunch);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].dishId, QStringLiteral("dish-set-a")); // menu order
    EXPECT_EQ(lines[0].eatIn, 2);
    EXPECT_EQ(lines[0].delivery, 1);
    EXPECT_EQ(lines[1].dishId, QStringLiteral("dish-tomato-egg"));
    EXPECT_EQ(lines[1].eatIn, 1);
    EXPECT_TRUE(kitchenCount(*db, monday, MealPeriod::Dinner).empty());

    auto stops = deliveryList(*db, monday, MealPeriod::Lunch);
    ASSERT_EQ(stops.size(), 1u);
    EXPECT_EQ(stops[0].residentName, QStringLiteral("陈桂芳"));
    EXPECT_EQ(stops[0].phone, QStringLiteral("13800000004"));
    ASSERT_EQ(stops[0].items.size(), 1u);
    EXPECT_EQ(stops[0].items[0].orderCode, chen.code);
    EXPECT_EQ(stops[0].items[0].quantity, 1);

    ASSERT_TRUE(orders.cancel(QStringLiteral("res-0004"), chen.id).ok);
    lines = kitchenCount(*db, monday, MealPeriod::Lunch);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].delivery, 0);
    EXPECT_TRUE(deliveryList(*db, monday, MealPeriod::Lunch).empty());
}

TEST_F(KitchenTest, DeliveryListFollowsTheRoundsWithAddressPhoneDishesAndNotes)
{
    const QDate monday(2026, 11, 23);
    // Ordered out of round order, and with eat-in orders in between.
    orderOk(QStringLiteral("res-0005"), "dish-soft-set", 1, true); // 赵美兰: south round, stop 1
    orderOk(QStringLiteral("res-0006"), "dish-set-a", 2, false); // 刘志强 eats in
    orderOk(QStringLiteral("res-0002"), "dish-set-b", 1, true); // 李秀英: north round, stop 2
    orderOk(QStringLiteral("res-0004"), "dish-soft-set", 1, true); // 陈桂芳: north round, stop 1
    orderOk(QStringLiteral("res-0004"), "dish-set-a", 2, true);
    orderOk(QStringLiteral("res-0002"), "dish-steamed-fish", 1, false); // collected, not delivered

    const auto stops = deliveryList(*db, monday, MealPeriod::Lunch);
    ASSERT_EQ(stops.size(), 3u);
    EXPECT_EQ(stops[0].residentName, QStringLiteral("陈桂芳"));
    EXPECT_EQ(stops[0].roundId, QStringLiteral("round-north"));
    EXPECT_EQ(stops[0].roundName.zh, QStringLiteral("北线：小河佳苑北区"));
    EXPECT_EQ(stops[0].roundPosition, 1);
    EXPECT_EQ(stops[0].stopPosition, 1);
    EXPECT_EQ(stops[0].phone, QStringLiteral("13800000004"));
    ASSERT_TRUE(stops[0].address);
    EXPECT_EQ(
        linli::residents::fullAddress(*stops[0].address).zh, QStringLiteral("小河佳苑北区18幢2单元302室"));
    EXPECT_EQ(stops[0].note.zh, QStringLiteral("请多敲门，老人耳背"));
    // Her two orders at one stop, in menu order (set A before the soft set).
    ASSERT_EQ(stops[0].items.size(), 2u);
    EXPECT_EQ(stops[0].items[0].dishId, QStringLiteral("dish-set-a"));
    EXPECT_EQ(stops[0].items[0].quantity, 2);
    EXPECT_EQ(stops[0].items[1].dishId, QStringLiteral("dish-soft-set"));

    EXPECT_EQ(stops[1].residentName, QStringLiteral("李秀英"));
    EXPECT_EQ(stops[1].stopPosition, 2);
    ASSERT_EQ(stops[1].items.size(), 1u); // her collected fish is not on the list
    EXPECT_EQ(stops[1].items[0].dishId, QStringLiteral("dish-set-b"));

    EXPECT_EQ(stops[2].residentName, QStringLiteral("赵美兰"));
    EXPECT_EQ(stops[2].roundId, QStringLiteral("round-south"));
    EXPECT_EQ(stops[2].roundPosition, 2);
    EXPECT_EQ(linli::residents::fullAddress(*stops[2].address).zh, QStringLiteral("塘河新村12幢1单元101室"));

    // Eat-in orders are in the kitchen count, never on the delivery list.
    const auto none = std::none_of(stops.begin(), stops.end(),
        [](const DeliveryStop &s) { return s.residentId == QStringLiteral("res-0006"); });
    EXPECT_TRUE(none);
}

TEST_F(KitchenTest, CancelledDeliveriesLeaveTheListAndTheRoundKeepsItsOrder)
{
    const QDate monday(2026, 11, 23);
    const MealOrder chen = orderOk(QStringLiteral("res-0004"), "dish-set-a", 1, true);
    orderOk(QStringLiteral("res-0002"), "dish-set-a", 1, true);
    orderOk(QStringLiteral("res-0005"), "dish-set-a", 1, true);
    ASSERT_TRUE(orders.cancel(QStringLiteral("res-0004"), chen.id).ok);

    const auto stops = deliveryList(*db, monday, MealPeriod::Lunch);
    ASSERT_EQ(stops.size(), 2u);
    EXPECT_EQ(stops[0].residentId, QStringLiteral("res-0002"));
    EXPECT_EQ(stops[1].residentId, QStringLiteral("res-0005"));
    EXPECT_TRUE(deliveryList(*db, monday, MealPeriod::Dinner).empty());
}

TEST_F(KitchenTest, AResidentOnNoRoundIsListedAfterTheRounds)
{
    const QDate monday(2026, 11, 23);
    db->exec("DELETE FROM delivery_stop WHERE resident_id = 'res-0004'"); // taken off her round
    orderOk(QStringLiteral("res-0004"), "dish-set-a", 1, true);
    orderOk(QStringLiteral("res-0005"), "dish-set-a", 1, true);
    orderOk(QStringLiteral("res-0002"), "dish-set-a", 1, true);

    const auto stops = deliveryList(*db, monday, MealPeriod::Lunch);
    ASSERT_EQ(stops.size(), 3u);
    EXPECT_EQ(stops[0].residentId, QStringLiteral("res-0002"));
    EXPECT_EQ(stops[1].residentId, QStringLiteral("res-0005"));
    EXPECT_EQ(stops[2].residentId, QStringLiteral("res-0004"));
    EXPECT_TRUE(stops[2].roundId.isEmpty());
    EXPECT_EQ(stops[2].roundPosition, 0);
    EXPECT_TRUE(stops[2].note.isEmpty());
    ASSERT_TRUE(stops[2].address); // still delivered to her registered address
}

} // namespace
