// The kitchen count and the delivery list: standing orders only, eat-in and delivery apart.
#include "canteen/canteen_orders.h"
#include "canteen/kitchen.h"
#include "canteen_fixture.h"

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
    EXPECT_EQ(stops[0].orderCode, chen.code);
    EXPECT_EQ(stops[0].quantity, 1);

    ASSERT_TRUE(orders.cancel(QStringLiteral("res-0004"), chen.id).ok);
    lines = kitchenCount(*db, monday, MealPeriod::Lunch);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].delivery, 0);
    EXPECT_TRUE(deliveryList(*db, monday, MealPeriod::Lunch).empty());
}

} // namespace
