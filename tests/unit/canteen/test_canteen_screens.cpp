// The canteen walk-through through the screens' controllers, as the pages drive them: browse
// tomorrow's lunch, identify 陈桂芳 (born 1938, 独居, ¥50 of vouchers) with her card, see her
// 80–89 price, order the set meal with delivery and vouchers, find it under My meal orders,
// cancel before the cut-off and see the vouchers back; a sold-out dish; a closed meal.
#include "canteen/reasons.h"
#include "canteen_backend.h"
#include "canteen_fixture.h"
#include "core/scheduler.h"
#include "dish_controller.h"
#include "language_controller.h"
#include "menu_controller.h"
#include "my_orders_controller.h"
#include "order_controller.h"
#include "resident_session.h"

#include <QAbstractItemModelTester>

using linli::canteen::test::CanteenFixture;

namespace {

const QString kChenCard = QStringLiteral("3301050004");

// Now: Sunday 2026-11-22 10:00 in Shanghai; today's lunch closed at 10:00.
class CanteenScreensTest : public CanteenFixture {
protected:
    CanteenScreensTest()
    {
        language.select(QStringLiteral("zh"));
        session = std::make_unique<ResidentSession>(&*db, clock, zone, language, 90);
        backend = std::make_unique<CanteenBackend>(KioskContext{ &*db, &clock, zone, &language, session.get(),
            &scheduler, QStringLiteral(LINLI_DEMO_DIR), nullptr, {} });
    }
    // A screen's controller as its page makes it: the backend and its properties, then complete.
    template <typename Controller> std::unique_ptr<Controller> open(auto setUp)
    {
        auto controller = std::make_unique<Controller>();
        controller->setCanteen(backend.get());
        setUp(*controller);
        controller->componentComplete();
        return controller;
    }
    std::unique_ptr<MenuController> menu(const QString &route)
    {
        auto m = open<MenuController>([&](MenuController &c) { c.setRoute(route); });
        watch(m->days());
        watch(m->periods());
        watch(m->items());
        return m;
    }
    std::unique_ptr<DishController> dish(const QString &offer)
    {
        return open<DishController>([&](DishController &c) { c.setOfferId(offer); });
    }
    std::unique_ptr<MyOrdersController> myOrders()
    {
        auto m = open<MyOrdersController>([](MyOrdersController &) {});
        watch(m->orders());
        watch(m->history());
        return m;
    }
    void watch(QAbstractItemModel *model)
    {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    static int rowOf(GadgetListModel *items, const QString &offer)
    {
        for (int i = 0; i < items->rowCount(); ++i)
            if (items->at<MenuItemRow>(i).offerId == offer)
                return i;
        return -1;
    }

    // What an order leaves behind: orders, ledger rows, outbox rows and servings taken.
    qint64 footprint()
    {
        return count(
            "SELECT (SELECT count(*) FROM meal_order) * 1000000 + (SELECT count(*) FROM voucher_ledger) * "
            "10000 + (SELECT count(*) FROM outbox) * 100 + (SELECT sum(taken) FROM canteen_offer)");
    }
    void changeOffer(const char *sql, const QString &offer) { db->prepare(sql).bind(1, offer).run(); }

    LanguageController language;
    linli::Scheduler scheduler{ clock };
    std::unique_ptr<ResidentSession> session;
    std::unique_ptr<CanteenBackend> backend;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

TEST_F(CanteenScreensTest, ChenOrdersTomorrowsLunchWithDeliveryAndCancelsBeforeTheCutOff)
{
    const QString setA = offerId(1, "lunch", "dish-set-a");
    auto lunch = menu(QStringLiteral("canteen/2026-11-23/lunch"));
    ASSERT_TRUE(lunch->problem().isEmpty()) << lunch->problem().toStdString();
    EXPECT_EQ(lunch->dayIndex(), 1);
    EXPECT_EQ(lunch->days()->at<MealDayRow>(0).label, QStringLiteral("今天"));
    EXPECT_EQ(lunch->days()->at<MealDayRow>(1).label, QStringLiteral("明天"));
    EXPECT_TRUE(lunch->days()->at<MealDayRow>(1).selected);
    EXPECT_TRUE(lunch->orderOpen());
    EXPECT_EQ(lunch->orderBy(), QStringLiteral("请在10:00前订餐。"));
    EXPECT_TRUE(lunch->mealHeading().contains(QStringLiteral("午餐")));
    int row = rowOf(lunch->items(), setA);
    ASSERT_GE(row, 0);
    // Nobody identified: the full price, no subsidy.
    EXPECT_FALSE(lunch->identified());
    EXPECT_EQ(lunch->items()->at<MenuItemRow>(row).price, QStringLiteral("¥15.00"));
    EXPECT_FALSE(lunch->items()->at<MenuItemRow>(row).subsidised);
    auto anonymous = dish(setA);
    EXPECT_FALSE(anonymous->quoted());
    EXPECT_EQ(anonymous->toPay(), QStringLiteral("¥15.00"));
    EXPECT_FALSE(anonymous->confirm());

    session->identifyCard(kChenCard);
    ASSERT_TRUE(session->active());
    // Her price at 88: 70 % of ¥15.00.
    EXPECT_EQ(lunch->items()->at<MenuItemRow>(row).price, QStringLiteral("¥10.50"));
    EXPECT_EQ(lunch->items()->at<MenuItemRow>(row).fullPrice, QStringLiteral("¥15.00"));
    EXPECT_TRUE(lunch->items()->at<MenuItemRow>(row).subsidised);

    auto setMeal = dish(setA);
    ASSERT_TRUE(setMeal->found());
    EXPECT_TRUE(setMeal->deliveryOffered());
    EXPECT_TRUE(setMeal->deliveryEligible()); // 独居, and over 80
    EXPECT_EQ(setMeal->voucherBalance(), QStringLiteral("¥50.00"));
    setMeal->setDelivery(true);
    ASSERT_TRUE(setMeal->quoted()) << setMeal->refusal().toStdString();
    EXPECT_EQ(setMeal->price(), QStringLiteral("¥15.00"));
    EXPECT_EQ(setMeal->subsidy(), QStringLiteral("−¥4.50"));
    EXPECT_EQ(setMeal->deliveryFee(), QStringLiteral("¥3.00"));
    EXPECT_EQ(setMeal->voucher(), QStringLiteral("−¥13.50"));
    EXPECT_EQ(setMeal->toPay(), QStringLiteral("¥0.00"));
    EXPECT_TRUE(setMeal->subsidyBasis().contains(QStringLiteral("88")))
        << setMeal->subsidyBasis().toStdString();
    setMeal->setQuantity(99);
    EXPECT_EQ(setMeal->quantity(), setMeal->maxQuantity());
    setMeal->setQuantity(0);
    EXPECT_EQ(setMeal->quantity(), 1);

    ASSERT_TRUE(setMeal->confirm()) << setMeal->refusal().toStdString();
    auto result = open<OrderController>(
        [&](OrderController &c) { c.setOrderId(setMeal->orderRoute().section(u'/', 1)); });
    ASSERT_TRUE(result->found());
    EXPECT_FALSE(result->code().isEmpty());
    EXPECT_TRUE(result->delivery());
    EXPECT_EQ(result->toPay(), QStringLiteral("¥0.00"));
    EXPECT_TRUE(result->collect().contains(QStringLiteral("10:30–11:30"))) << result->collect().toStdString();
    EXPECT_EQ(setMeal->voucherBalance(), QStringLiteral("¥36.50")) << "the dish screen behind re-reads";

    auto mine = myOrders();
    ASSERT_EQ(mine->orders()->rowCount(), 1);
    const MealOrderRow order = mine->orders()->at<MealOrderRow>(0);
    EXPECT_EQ(order.code, result->code());
    EXPECT_TRUE(order.cancellable);
    EXPECT_TRUE(order.detail.contains(QStringLiteral("送餐上门"))) << order.detail.toStdString();
    EXPECT_EQ(mine->balance(), QStringLiteral("¥36.50"));
    ASSERT_GE(mine->history()->rowCount(), 2);
    EXPECT_EQ(mine->history()->at<VoucherRow>(0).amount, QStringLiteral("−¥13.50"));
    EXPECT_FALSE(mine->history()->at<VoucherRow>(0).credit);

    setNow("2026-11-23T09:59:00"); // a minute before the cut-off
    backend->announceChange();
    ASSERT_TRUE(mine->orders()->at<MealOrderRow>(0).cancellable);
    ASSERT_TRUE(mine->cancel(order.orderId));
    EXPECT_EQ(mine->orders()->rowCount(), 0);
    EXPECT_EQ(mine->balance(), QStringLiteral("¥50.00"));
    EXPECT_EQ(mine->history()->at<VoucherRow>(0).amount, QStringLiteral("+¥13.50"));
    EXPECT_TRUE(mine->history()->at<VoucherRow>(0).credit);
    EXPECT_FALSE(mine->message().isEmpty());
    EXPECT_TRUE(result->cancelled());

    language.select(QStringLiteral("en"));
    EXPECT_TRUE(mine->history()->at<VoucherRow>(0).what.startsWith(QStringLiteral("Refund")))
        << mine->history()->at<VoucherRow>(0).what.toStdString();
    session->end();
    EXPECT_EQ(mine->history()->rowCount(), 0); // wiped with the session
    EXPECT_FALSE(lunch->items()->at<MenuItemRow>(row).subsidised);
}

// The public screen says where a meal goes so that she knows her home, but never the door.
TEST_F(CanteenScreensTest, TheDishAndTheOrderSayWhereItIsDeliveredWithUnitAndDoorHidden)
{
    const QString setA = offerId(1, "lunch", "dish-set-a");
    auto setMeal = dish(setA);
    EXPECT_TRUE(setMeal->deliveryAddress().isEmpty()); // nobody at the kiosk
    session->identifyCard(kChenCard);
    EXPECT_EQ(setMeal->deliveryAddress(), QStringLiteral("小河佳苑北区18幢**单元**室"));
    setMeal->setDelivery(true);
    ASSERT_TRUE(setMeal->delivery());
    ASSERT_TRUE(setMeal->confirm()) << setMeal->refusal().toStdString();
    auto result = open<OrderController>(
        [&](OrderController &c) { c.setOrderId(setMeal->orderRoute().section(u'/', 1)); });
    EXPECT_TRUE(result->collect().contains(QStringLiteral("小河佳苑北区18幢**单元**室")))
        << result->collect().toStdString();
    EXPECT_TRUE(result->collect().contains(QStringLiteral("10:30–11:30")));
    language.select(QStringLiteral("en"));
    EXPECT_EQ(
        setMeal->deliveryAddress(), QStringLiteral("Flat **, Unit **, Building 18, Xiaohe Jiayuan North"));
    for (const QString &shown : { setMeal->deliveryAddress(), result->collect() }) {
        EXPECT_FALSE(shown.contains(QStringLiteral("302"))) << shown.toStdString();
        EXPECT_FALSE(shown.contains(QStringLiteral("Unit 2"))) << shown.toStdString();
    }
    session->end();
    EXPECT_TRUE(setMeal->deliveryAddress().isEmpty()); // wiped with the session
}

TEST_F(CanteenScreensTest, WithoutARegisteredAddressDeliveryIsNotOffered)
{
    db->exec("DELETE FROM resident_address WHERE resident_id = 'res-0004'");
    session->identifyCard(kChenCard);
    auto setMeal = dish(offerId(1, "lunch", "dish-set-a"));
    EXPECT_TRUE(setMeal->deliveryOffered());
    EXPECT_FALSE(setMeal->deliveryEligible()); // 88 and living alone, but nowhere to deliver to
    setMeal->setDelivery(true);
    EXPECT_FALSE(setMeal->delivery());
    EXPECT_TRUE(setMeal->quoted()) << setMeal->refusal().toStdString(); // collecting it still works
}

TEST_F(CanteenScreensTest, SoldOutDishStaysOnTheMenuMarkedAndCannotBeOrdered)
{
    const QString setB = offerId(1, "lunch", "dish-set-b");
    db->exec("UPDATE canteen_offer SET taken = quota WHERE id = '2026-11-23.lunch.dish-set-b'");
    session->identifyCard(kChenCard);
    auto lunch = menu(QStringLiteral("canteen/2026-11-23/lunch"));
    const int row = rowOf(lunch->items(), setB);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(lunch->items()->at<MenuItemRow>(row).soldOut);
    EXPECT_EQ(lunch->items()->at<MenuItemRow>(row).servingsLeft, 0);
    EXPECT_EQ(lunch->items()->at<MenuItemRow>(row).nextOn, QStringLiteral("明天，晚餐"))
        << "set B is on tomorrow's dinner too";
    EXPECT_TRUE(lunch->items()
                    ->at<MenuItemRow>(rowOf(lunch->items(), offerId(1, "lunch", "dish-set-a")))
                    .nextOn.isEmpty());
    auto d = dish(setB);
    EXPECT_TRUE(d->soldOut());
    EXPECT_FALSE(d->quoted());
    EXPECT_FALSE(d->confirm());
    EXPECT_FALSE(d->refusal().isEmpty());
}

TEST_F(CanteenScreensTest, TodaysLunchClosedAtTenSaysWhenAndOpensOnTheNextMeal)
{
    auto first = menu(QStringLiteral("canteen"));
    EXPECT_EQ(first->dayIndex(), 0);
    EXPECT_TRUE(first->orderOpen()) << "the first meal still open is shown";
    EXPECT_EQ(first->selectedRoute(), QStringLiteral("canteen/2026-11-22/dinner"));

    auto lunch = menu(QStringLiteral("canteen/2026-11-22/lunch"));
    EXPECT_FALSE(lunch->orderOpen());
    EXPECT_EQ(lunch->orderBy(), QStringLiteral("已于10:00截止订餐。"));
    session->identifyCard(kChenCard);
    auto d = dish(offerId(0, "lunch", "dish-set-a"));
    EXPECT_FALSE(d->orderOpen());
    EXPECT_FALSE(d->confirm());
    EXPECT_TRUE(d->refusal().contains(QStringLiteral("10:00"))) << d->refusal().toStdString();
}

// The kitchen changes the set meal's price while 陈桂芳 is on its screen: Confirm is refused in
// words she can read in either language, nothing is charged, and the screen then shows the new
// price, which she can confirm.
TEST_F(CanteenScreensTest, ADishRepricedWhileChoosingIsRefusedChargesNothingAndShowsTheNewPrice)
{
    const QString setA = offerId(1, "lunch", "dish-set-a");
    session->identifyCard(kChenCard);
    auto lunch = menu(QStringLiteral("canteen/2026-11-23/lunch"));
    auto d = dish(setA);
    ASSERT_TRUE(d->quoted()) << d->refusal().toStdString();
    EXPECT_EQ(d->price(), QStringLiteral("¥15.00"));
    EXPECT_EQ(d->voucher(), QStringLiteral("−¥10.50"));
    const qint64 before = footprint();

    changeOffer("UPDATE canteen_offer SET price_fen = 1600 WHERE id = ?", setA);
    EXPECT_EQ(d->price(), QStringLiteral("¥15.00")) << "she is still looking at the price she chose";
    EXPECT_FALSE(d->confirm());
    EXPECT_TRUE(d->orderRoute().isEmpty());
    EXPECT_EQ(d->refusal(), linli::canteen::reasons::itemRepriced(1600).zh);
    EXPECT_TRUE(d->refusal().contains(QStringLiteral("¥16.00"))) << d->refusal().toStdString();
    EXPECT_TRUE(d->refusal().contains(QStringLiteral("没有扣费"))) << d->refusal().toStdString();
    EXPECT_EQ(footprint(), before) << "no order, no voucher debit, no outbox row, no serving taken";
    EXPECT_EQ(d->voucherBalance(), QStringLiteral("¥50.00"));

    // The screen now shows the new price and her new breakdown; the menu behind it too.
    EXPECT_TRUE(d->found());
    ASSERT_TRUE(d->quoted());
    EXPECT_EQ(d->price(), QStringLiteral("¥16.00"));
    EXPECT_EQ(d->subsidy(), QStringLiteral("−¥4.80"));
    EXPECT_EQ(d->voucher(), QStringLiteral("−¥11.20"));
    EXPECT_EQ(d->toPay(), QStringLiteral("¥0.00"));
    EXPECT_EQ(lunch->items()->at<MenuItemRow>(rowOf(lunch->items(), setA)).price, QStringLiteral("¥11.20"));
    EXPECT_EQ(
        lunch->items()->at<MenuItemRow>(rowOf(lunch->items(), setA)).fullPrice, QStringLiteral("¥16.00"));

    language.select(QStringLiteral("en"));
    EXPECT_EQ(d->refusal(), linli::canteen::reasons::itemRepriced(1600).en);
    EXPECT_TRUE(d->refusal().contains(QStringLiteral("nothing was charged"))) << d->refusal().toStdString();
    EXPECT_EQ(d->price(), QStringLiteral("¥16.00"));

    // Having seen it, she confirms at the new price.
    ASSERT_TRUE(d->confirm()) << d->refusal().toStdString();
    EXPECT_TRUE(d->refusal().isEmpty());
    EXPECT_EQ(d->voucherBalance(), QStringLiteral("¥38.80"));
}

// The kitchen takes the set meal off the menu while she is on its screen: Confirm is refused in
// both languages, nothing is charged, the screen says the dish is gone (keeping its name) and
// offers nothing more to choose, and the menu no longer lists it.
TEST_F(CanteenScreensTest, ADishTakenOffTheMenuWhileChoosingIsRefusedChargesNothingAndIsGone)
{
    const QString setA = offerId(1, "lunch", "dish-set-a");
    session->identifyCard(kChenCard);
    auto lunch = menu(QStringLiteral("canteen/2026-11-23/lunch"));
    auto d = dish(setA);
    ASSERT_TRUE(d->quoted());
    const QString name = d->name();
    const qint64 before = footprint();

    changeOffer("UPDATE canteen_offer SET removed = 1 WHERE id = ?", setA);
    EXPECT_FALSE(d->confirm());
    EXPECT_EQ(d->refusal(), linli::canteen::reasons::itemRemoved().zh);
    EXPECT_TRUE(d->refusal().contains(QStringLiteral("没有扣费"))) << d->refusal().toStdString();
    EXPECT_EQ(footprint(), before);
    EXPECT_EQ(d->voucherBalance(), QStringLiteral("¥50.00"));
    EXPECT_FALSE(d->found());
    EXPECT_FALSE(d->quoted());
    EXPECT_EQ(d->name(), name) << "the screen still says which dish";
    EXPECT_EQ(rowOf(lunch->items(), setA), -1);

    language.select(QStringLiteral("en"));
    EXPECT_EQ(d->refusal(), linli::canteen::reasons::itemRemoved().en);
    EXPECT_TRUE(d->refusal().contains(QStringLiteral("nothing was charged"))) << d->refusal().toStdString();
    EXPECT_FALSE(d->confirm()) << "and it stays refused";
    EXPECT_EQ(footprint(), before);
}

TEST_F(CanteenScreensTest, StorageFailureIsAProblemNotAnException)
{
    db->exec("DROP TABLE canteen_offer");
    auto m = menu(QStringLiteral("canteen"));
    EXPECT_FALSE(m->problem().isEmpty());
    EXPECT_EQ(m->items()->rowCount(), 0);
    auto d = dish(offerId(1, "lunch", "dish-set-a"));
    EXPECT_FALSE(d->problem().isEmpty());
    EXPECT_FALSE(d->found());
}

} // namespace
