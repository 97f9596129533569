// Ordering and cancelling meals: the subsidy, vouchers and delivery as the rules say, the
// cut-off on the hall's clock, quotas, and every bad input refused with nothing written.
#include "canteen/canteen_orders.h"
#include "canteen/reasons.h"
#include "canteen_fixture.h"

#include <climits>

using namespace linli::canteen;
using linli::canteen::test::CanteenFixture;

namespace {

const QString kChen = QStringLiteral("res-0004"); // 陈桂芳, born 1938-04-08, 独居, ¥50 of vouchers
const QString kLiu = QStringLiteral("res-0006"); // 刘志强, born 1963-07-20
const QString kZhou = QStringLiteral("res-0007"); // 周小燕, born 1988
const QString kWang = QStringLiteral("res-0003"); // 王建华, 低保

// Now: Sunday 2026-11-22 10:00 in Shanghai; day 1 is Monday 23 November.
class CanteenOrderTest : public CanteenFixture {
protected:
    OrderRequest request(const QString &who, int day, const char *period, const char *dish, int quantity = 1)
    {
        OrderRequest r;
        r.residentId = who;
        r.offerId = offerId(day, period, dish);
        r.quantity = quantity;
        return r;
    }
    MealOrder orderOk(const OrderRequest &r)
    {
        const auto result = orders.order(r);
        EXPECT_TRUE(result.ok) << result.reason.en.toStdString();
        return result.value;
    }
    int taken(const QString &offer) { return findOffer(*db, offer)->taken; }
    // Everything an order writes, to show a refusal wrote nothing.
    qint64 footprint()
    {
        return count(
            "SELECT (SELECT count(*) FROM meal_order) * 1000000 + (SELECT count(*) FROM voucher_ledger) * "
            "10000 + (SELECT count(*) FROM outbox) * 100 + (SELECT sum(taken) FROM canteen_offer)");
    }

    CanteenOrders orders{ *db, clock, hallTime() };
    Vouchers vouchers{ *db, clock };
};

TEST_F(CanteenOrderTest, ChenOrdersTomorrowsLunchSetWithDeliveryAndCancelsBeforeTheCutOff)
{
    OrderRequest r = request(kChen, 1, "lunch", "dish-set-a");
    r.delivery = true;
    r.seenUnitPriceFen = 1500;
    const auto quoted = orders.quote(r);
    ASSERT_TRUE(quoted.ok) << quoted.reason.en.toStdString();
    const MealOrder o = orderOk(r);
    EXPECT_EQ(o.price, quoted.value); // the confirm screen showed what was charged
    // ¥15.00, 80-89 pay 70 % = ¥10.50 (subsidy ¥4.50), delivery ¥3.00, all from her vouchers.
    EXPECT_EQ(o.price.priceFen, 1500);
    EXPECT_EQ(o.price.subsidyFen, 450);
    EXPECT_EQ(o.price.deliveryFeeFen, 300);
    EXPECT_EQ(o.price.voucherFen, 1350);
    EXPECT_EQ(o.price.toPayFen, 0);
    EXPECT_EQ(o.price.basis.age, 88);
    EXPECT_EQ(o.price.basis.payPercent, 70);
    EXPECT_FALSE(o.code.isEmpty());
    EXPECT_EQ(vouchers.balance(kChen), 5000 - 1350);
    EXPECT_EQ(taken(r.offerId), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'meal_order.created'"), 1);
    const auto mine = orders.upcoming(kChen);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].id, o.id);
    EXPECT_EQ(mine[0].price.toPayFen, 0);
    EXPECT_EQ(mine[0].price.voucherFen, 1350);
    EXPECT_TRUE(mine[0].delivery);

    setNow("2026-11-23T09:59:00"); // a minute before the cut-off
    ASSERT_TRUE(orders.cancel(kChen, o.id).ok);
    EXPECT_EQ(vouchers.balance(kChen), 5000);
    const auto history = vouchers.history(kChen);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].reason, VoucherReason::Refund);
    EXPECT_EQ(history[0].amountFen, 1350);
    EXPECT_EQ(history[0].orderId, o.id);
    EXPECT_EQ(history[1].reason, VoucherReason::Order);
    EXPECT_EQ(history[1].amountFen, -1350);
    EXPECT_EQ(taken(r.offerId), 0);
    EXPECT_TRUE(orders.upcoming(kChen).empty());
    EXPECT_EQ(orders.find(o.id)->status, OrderStatus::Cancelled);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'meal_order.cancelled'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'voucher.refunded'"), 1);
    EXPECT_EQ(orders.cancel(kChen, o.id).reason, reasons::orderNotFound()); // not twice
}

TEST_F(CanteenOrderTest, WhoPaysWhatForTheSameSetMeal)
{
    struct Case {
        QString who;
        qint64 toPay;
    };
    // 刘志强 born 1963 is 63 on the meal date: the 60-69 tier (x0.85, ¥12.75 -> ¥12.80).
    for (const Case &c : { Case{ kLiu, 1280 }, Case{ kZhou, 1500 }, Case{ kWang, 300 } }) {
        OrderRequest r = request(c.who, 1, "lunch", "dish-set-a");
        r.vouchers = VoucherUse::None;
        const MealOrder o = orderOk(r);
        EXPECT_EQ(o.price.toPayFen, c.toPay) << c.who.toStdString();
        EXPECT_EQ(o.price.subsidyFen, 1500 - c.toPay) << c.who.toStdString();
    }
}

TEST_F(CanteenOrderTest, VouchersPayPartAndTheRestIsPaidAtPickup)
{
    vouchers.grant(kLiu, 500, { QStringLiteral("券"), QStringLiteral("Voucher") });
    const MealOrder o = orderOk(request(kLiu, 1, "lunch", "dish-set-a"));
    EXPECT_EQ(o.price.voucherFen, 500);
    EXPECT_EQ(o.price.toPayFen, 780);
    EXPECT_EQ(vouchers.balance(kLiu), 0);
}

TEST_F(CanteenOrderTest, OneSubsidisedMealPerPeriodAndDay)
{
    const MealOrder first = orderOk(request(kChen, 1, "lunch", "dish-set-a"));
    const MealOrder second = orderOk(request(kChen, 1, "lunch", "dish-set-b"));
    EXPECT_EQ(first.price.subsidyFen, 450);
    EXPECT_EQ(second.price.subsidyFen, 0); // full price
    const MealOrder dinner = orderOk(request(kChen, 1, "dinner", "dish-set-b"));
    EXPECT_EQ(dinner.price.subsidyFen, 360); // another period: subsidised again
    // Cancelling the subsidised lunch frees the subsidy for a new lunch order.
    setNow("2026-11-23T08:00:00");
    ASSERT_TRUE(orders.cancel(kChen, first.id).ok);
    EXPECT_EQ(orderOk(request(kChen, 1, "lunch", "dish-soft-set")).price.subsidyFen, 1300 - 910);
}

TEST_F(CanteenOrderTest, TheMonthlyCeilingCountsStandingOrdersOfTheMealsMonth)
{
    db->exec(
        "UPDATE canteen_rules SET rules_json = json_set(rules_json, '$.subsidy.monthly_ceiling_fen', 600)");
    EXPECT_EQ(orderOk(request(kChen, 1, "lunch", "dish-set-a")).price.subsidyFen, 450);
    const MealOrder capped = orderOk(request(kChen, 1, "dinner", "dish-set-b"));
    EXPECT_EQ(capped.price.subsidyFen, 150);
    EXPECT_TRUE(capped.price.ceilingReached);
    EXPECT_EQ(orderOk(request(kChen, 2, "lunch", "dish-set-a")).price.subsidyFen, 0);
}

TEST_F(CanteenOrderTest, RulesChangedInStorageApplyAtTheNextQuote)
{
    const auto subsidy = [&] {
        const auto q = orders.quote(request(kChen, 1, "lunch", "dish-set-a"));
        EXPECT_TRUE(q.ok) << q.reason.en.toStdString();
        return q.value.subsidyFen;
    };
    EXPECT_EQ(subsidy(), 1500 - 1050); // 80-89: pays 70 %
    db->exec("UPDATE canteen_rules SET rules_json = json_set(rules_json, "
             "'$.subsidy.age_tiers[2].pay_percent', 50)");
    EXPECT_EQ(subsidy(), 1500 - 750);
    db->exec("UPDATE canteen_rules SET rules_json = json_set(rules_json, "
             "'$.subsidy.age_tiers[2].pay_percent', 150)");
    EXPECT_EQ(orders.quote(request(kChen, 1, "lunch", "dish-set-a")).reason, reasons::canteenUnavailable());
    db->exec("UPDATE canteen_rules SET rules_json = json_set(rules_json, "
             "'$.subsidy.age_tiers[2].pay_percent', 70)");
    EXPECT_EQ(subsidy(), 1500 - 1050);
}

TEST_F(CanteenOrderTest, TheCutOffIsOnTheHallsClockAndTheRefusalSaysWhenItClosed)
{
    // 10:00 today: lunch has just closed.
    const auto late = orders.order(request(kChen, 0, "lunch", "dish-set-a"));
    EXPECT_FALSE(late.ok);
    EXPECT_EQ(late.reason, reasons::orderClosed(QDateTime(QDate(2026, 11, 22), QTime(10, 0), zone)));
    EXPECT_TRUE(late.reason.zh.contains(QStringLiteral("11月22日 10:00"))) << late.reason.zh.toStdString();
    EXPECT_TRUE(late.reason.en.contains(QStringLiteral("10:00"))) << late.reason.en.toStdString();
    setNow("2026-11-22T09:59:59");
    EXPECT_TRUE(orders.order(request(kChen, 0, "lunch", "dish-set-a")).ok);
    // Breakfast closes at 19:00 the evening before.
    setNow("2026-11-22T19:00:00");
    EXPECT_EQ(orders.order(request(kChen, 1, "breakfast", "dish-set-breakfast")).reason,
        reasons::orderClosed(QDateTime(QDate(2026, 11, 22), QTime(19, 0), zone)));
    // Cancelling closes with ordering.
    const MealOrder dinner = orderOk(request(kChen, 1, "dinner", "dish-set-b"));
    setNow("2026-11-23T15:00:00");
    EXPECT_EQ(orders.cancel(kChen, dinner.id).reason,
        reasons::cancelClosed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), zone)));
    EXPECT_EQ(orders.find(dinner.id)->status, OrderStatus::Confirmed);
}

// Bad input: refused with its own reason, nothing charged, nothing written.
TEST_F(CanteenOrderTest, BadInputIsRefusedAndNothingIsWritten)
{
    const QString fish = offerId(1, "lunch", "dish-steamed-fish"); // quota 3
    struct Case {
        const char *what;
        std::function<OrderRequest()> make;
        linli::LocalizedText reason;
    };
    const std::vector<Case> cases{
        { "zero", [&] { return request(kChen, 1, "lunch", "dish-set-a", 0); }, reasons::badQuantity(5) },
        { "negative", [&] { return request(kChen, 1, "lunch", "dish-set-a", -2); }, reasons::badQuantity(5) },
        { "over the limit", [&] { return request(kChen, 1, "lunch", "dish-set-a", 6); },
            reasons::badQuantity(5) },
        { "huge", [&] { return request(kChen, 1, "lunch", "dish-set-a", INT_MAX); },
            reasons::badQuantity(5) },
        { "huge negative", [&] { return request(kChen, 1, "lunch", "dish-set-a", INT_MIN); },
            reasons::badQuantity(5) },
        { "no such dish", [&] { return request(kChen, 1, "lunch", "dish-nowhere"); },
            reasons::itemRemoved() },
        { "not on that menu", [&] { return request(kChen, 1, "breakfast", "dish-set-a"); },
            reasons::itemRemoved() },
        { "not identified", [&] { return request(QStringLiteral("res-nobody"), 1, "lunch", "dish-set-a"); },
            reasons::notIdentified() },
        { "more than are left", [&] { return request(kChen, 1, "lunch", "dish-steamed-fish", 4); },
            reasons::notEnoughServings(3) },
        { "delivery not offered",
            [&] {
                auto r = request(kChen, 1, "lunch", "dish-steamed-fish");
                r.delivery = true;
                return r;
            },
            reasons::deliveryNotOffered() },
        { "delivery not for her",
            [&] {
                auto r = request(kZhou, 1, "lunch", "dish-set-a");
                r.delivery = true;
                return r;
            },
            reasons::deliveryNotEligible() },
        { "vouchers too low to pay all",
            [&] {
                auto r = request(kLiu, 1, "lunch", "dish-set-a");
                r.vouchers = VoucherUse::Full;
                return r;
            },
            reasons::voucherTooLow(0, 1280) },
        { "seen at another price",
            [&] {
                auto r = request(kChen, 1, "lunch", "dish-set-a");
                r.seenUnitPriceFen = 1400;
                return r;
            },
            reasons::itemRepriced(1500) },
    };
    const qint64 before = footprint();
    for (const Case &c : cases) {
        const OrderRequest r = c.make();
        const auto quoted = orders.quote(r);
        EXPECT_FALSE(quoted.ok) << c.what;
        EXPECT_EQ(quoted.reason, c.reason) << c.what << ": " << quoted.reason.en.toStdString();
        const auto result = orders.order(r);
        EXPECT_FALSE(result.ok) << c.what;
        EXPECT_EQ(result.reason, c.reason) << c.what << ": " << result.reason.en.toStdString();
        EXPECT_FALSE(c.reason.zh.isEmpty() || c.reason.en.isEmpty()) << c.what;
        EXPECT_EQ(footprint(), before) << c.what;
    }
    EXPECT_EQ(taken(fish), 0);
}

TEST_F(CanteenOrderTest, DeliveryGoesOnlyToARegisteredAddress)
{
    db->exec("DELETE FROM resident_address WHERE resident_id = 'res-0004'");
    auto r = request(kChen, 1, "lunch", "dish-set-a");
    r.delivery = true;
    const qint64 before = footprint();
    const auto quoted = orders.quote(r);
    EXPECT_FALSE(quoted.ok);
    EXPECT_EQ(quoted.reason, reasons::noDeliveryAddress());
    EXPECT_FALSE(orders.order(r).ok);
    EXPECT_EQ(footprint(), before);
    r.delivery = false; // she may still collect it
    EXPECT_TRUE(orders.order(r).ok);
}

TEST_F(CanteenOrderTest, AnItemRemovedOrRepricedWhileChoosingIsRefused)
{
    OrderRequest r = request(kChen, 1, "lunch", "dish-set-a");
    r.seenUnitPriceFen = 1500;
    ASSERT_TRUE(orders.quote(r).ok);
    db->prepare("UPDATE canteen_offer SET price_fen = 1600 WHERE id = ?").bind(1, r.offerId).run();
    const qint64 before = footprint();
    EXPECT_EQ(orders.order(r).reason, reasons::itemRepriced(1600));
    EXPECT_TRUE(reasons::itemRepriced(1600).zh.contains(QStringLiteral("¥16.00")));
    db->prepare("UPDATE canteen_offer SET removed = 1 WHERE id = ?").bind(1, r.offerId).run();
    EXPECT_EQ(orders.order(r).reason, reasons::itemRemoved());
    EXPECT_EQ(footprint(), before);
}

TEST_F(CanteenOrderTest, TheLastServingTakenBetweenChoosingAndConfirming)
{
    OrderRequest mine = request(kChen, 1, "lunch", "dish-steamed-fish");
    ASSERT_TRUE(orders.quote(mine).ok); // she sees it available
    orderOk(request(kLiu, 1, "lunch", "dish-steamed-fish", 3)); // someone takes all three
    const qint64 before = footprint();
    EXPECT_EQ(orders.order(mine).reason, reasons::soldOut());
    EXPECT_EQ(footprint(), before);
    EXPECT_EQ(vouchers.balance(kChen), 5000);
    // Sold out, it stays on the menu, marked.
    const auto menu = menuFor(*db, QDate(2026, 11, 23), MealPeriod::Lunch);
    const auto fish = std::find_if(
        menu.begin(), menu.end(), [](const MenuOffer &o) { return o.dishId == u"dish-steamed-fish"; });
    ASSERT_NE(fish, menu.end());
    EXPECT_TRUE(fish->soldOut());
}

TEST_F(CanteenOrderTest, OnlyTheOwnerCancels)
{
    const MealOrder o = orderOk(request(kChen, 1, "lunch", "dish-set-a"));
    EXPECT_EQ(orders.cancel(kLiu, o.id).reason, reasons::orderNotFound());
    EXPECT_EQ(orders.cancel(kChen, QStringLiteral("no-such-order")).reason, reasons::orderNotFound());
    EXPECT_EQ(orders.find(o.id)->status, OrderStatus::Confirmed);
}

TEST_F(CanteenOrderTest, StorageFailuresAreRefusalsAndNothingIsHalfWritten)
{
    const MealOrder o = orderOk(request(kChen, 1, "lunch", "dish-set-a"));
    auto conn = linli::storage::Database::open(db->path(), { .busyTimeoutMs = 50 });
    CanteenOrders locked(conn, clock, hallTime());
    qint64 before = footprint();
    db->exec("BEGIN IMMEDIATE"); // another kiosk process in the middle of a write
    EXPECT_EQ(locked.order(request(kLiu, 1, "lunch", "dish-set-b")).reason, reasons::busy());
    EXPECT_EQ(locked.cancel(kChen, o.id).reason, reasons::busy());
    db->exec("ROLLBACK");
    EXPECT_EQ(footprint(), before);

    // Without the outbox every command fails after its first writes, which must vanish with it.
    db->exec("DROP TABLE outbox");
    before = count(
        "SELECT (SELECT count(*) FROM meal_order) * 10000 + (SELECT count(*) FROM voucher_ledger) * 100 "
        "+ (SELECT sum(taken) FROM canteen_offer)");
    EXPECT_EQ(orders.order(request(kLiu, 1, "lunch", "dish-set-b")).reason, reasons::cannotSave());
    EXPECT_EQ(orders.cancel(kChen, o.id).reason, reasons::cannotSave());
    EXPECT_EQ(
        count(
            "SELECT (SELECT count(*) FROM meal_order) * 10000 + (SELECT count(*) FROM voucher_ledger) * 100 "
            "+ (SELECT sum(taken) FROM canteen_offer)"),
        before);
    EXPECT_EQ(orders.find(o.id)->status, OrderStatus::Confirmed);
    EXPECT_EQ(vouchers.balance(kChen), 5000 - o.price.voucherFen);
}

} // namespace
