#include "canteen/canteen_orders.h"

#include "booking/outbox.h"
#include "canteen/canteen_log.h"
#include "canteen/reasons.h"
#include "canteen/vouchers.h"
#include "core/clock.h"
#include "escrow/escrow_shares.h"
#include "escrow/resources.h"
#include "residents/address.h"
#include "storage/database.h"
#include "storage/storage_reasons.h"
#include "storage/transaction.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace linli::canteen {

namespace {

constexpr const char *kOrderColumns
    = "SELECT o.id, o.code, o.resident_id, o.offer_id, o.dish_id, coalesce(d.name_zh, o.dish_id), "
      "coalesce(d.name_en, o.dish_id), o.meal_date, o.period, o.quantity, o.unit_price_fen, o.price_fen, "
      "o.subsidy_fen, o.subsidised_portions, o.delivery_fee_fen, o.voucher_fen, o.to_pay_fen, o.delivery, "
      "o.order_by_utc, o.status, o.created_at_utc, o.refused_zh, o.refused_en FROM meal_order o LEFT JOIN "
      "canteen_dish d ON d.id = "
      "o.dish_id ";

MealOrder orderFrom(const storage::Statement &q)
{
    MealOrder o;
    o.id = q.text(0);
    o.code = q.text(1);
    o.residentId = q.text(2);
    o.offerId = q.text(3);
    o.dishId = q.text(4);
    o.dishName = { q.text(5), q.text(6) };
    o.mealDate = QDate::fromString(q.text(7), Qt::ISODate);
    o.period = periodFrom(q.text(8)).value_or(MealPeriod::Lunch);
    o.quantity = q.integer(9);
    o.unitPriceFen = q.int64(10);
    o.price.priceFen = q.int64(11);
    o.price.subsidyFen = q.int64(12);
    o.price.subsidisedPortions = q.integer(13);
    o.price.deliveryFeeFen = q.int64(14);
    o.price.voucherFen = q.int64(15);
    o.price.toPayFen = q.int64(16);
    o.delivery = q.integer(17) != 0;
    o.orderByUtc = q.int64(18);
    // Anything but a confirmed order is treated as cancelled: nothing acts on it.
    o.status = q.text(19) == u"confirmed" ? OrderStatus::Confirmed : OrderStatus::Cancelled;
    o.createdAtUtc = q.int64(20);
    o.refusedByServer = { q.text(21), q.text(22) };
    return o;
}

std::optional<MealOrder> findOrder(storage::Database &db, const QString &id)
{
    auto q = db.prepare(std::string(kOrderColumns) + "WHERE o.id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return orderFrom(q);
}

QString uniqueCode(storage::Database &db)
{
    auto q = db.prepare("SELECT count(*) FROM meal_order WHERE code = ?");
    for (;;) {
        const QString code = QStringLiteral("M%1").arg(
            QRandomGenerator::global()->bounded(1000000), 6, 10, QLatin1Char('0'));
        q.bind(1, code);
        q.step();
        const bool taken = q.integer(0) > 0;
        q.reset();
        if (!taken)
            return code;
    }
}

QJsonObject payloadOf(const MealOrder &o)
{
    return { { QStringLiteral("order_id"), o.id }, { QStringLiteral("code"), o.code },
        { QStringLiteral("resident_id"), o.residentId }, { QStringLiteral("offer_id"), o.offerId },
        { QStringLiteral("dish_id"), o.dishId },
        { QStringLiteral("meal_date"), o.mealDate.toString(Qt::ISODate) },
        { QStringLiteral("period"), periodName(o.period) }, { QStringLiteral("quantity"), o.quantity },
        { QStringLiteral("unit_price_fen"), o.unitPriceFen },
        { QStringLiteral("price_fen"), o.price.priceFen },
        { QStringLiteral("subsidy_fen"), o.price.subsidyFen },
        { QStringLiteral("delivery_fee_fen"), o.price.deliveryFeeFen },
        { QStringLiteral("voucher_fen"), o.price.voucherFen },
        { QStringLiteral("to_pay_fen"), o.price.toPayFen }, { QStringLiteral("delivery"), o.delivery },
        { QStringLiteral("status"),
            o.status == OrderStatus::Confirmed ? QStringLiteral("confirmed")
                                               : QStringLiteral("cancelled") } };
}

qint64 scalar(storage::Database &db, const char *sql, std::initializer_list<QString> params)
{
    auto q = db.prepareCached(sql); // pricing's reads, on every quote
    int i = 1;
    for (const QString &p : params)
        q.bind(i++, p);
    q.step();
    return q.int64(0);
}

const LocalizedText kVoucherNote{ QStringLiteral("订餐"), QStringLiteral("Meal order") };
const LocalizedText kRefundNote{ QStringLiteral("取消订餐退回"),
    QStringLiteral("Refund for a cancelled order") };

} // namespace

struct CanteenOrders::Checked {
    MenuOffer offer;
};

CanteenOrders::CanteenOrders(storage::Database &db, const Clock &clock, HallTime time)
    : m_db(db)
    , m_clock(clock)
    , m_time(std::move(time))
{
}

Result<PriceBreakdown> CanteenOrders::check(const OrderRequest &r, qint64 now, Checked *out)
{
    using R = Result<PriceBreakdown>;
    const auto offer = findOffer(m_db, r.offerId);
    if (!offer || offer->removed)
        return R::refuse(reasons::itemRemoved());
    const auto rules = loadCanteenRules(m_db, offer->canteenId);
    if (!rules)
        return R::refuse(reasons::canteenUnavailable());
    if (r.quantity < 1 || r.quantity > rules->maxPortionsPerOrder)
        return R::refuse(reasons::badQuantity(rules->maxPortionsPerOrder));
    const auto diner = loadDiner(m_db, r.residentId);
    if (!diner)
        return R::refuse(reasons::notIdentified());
    if (now >= offer->orderByUtc)
        return R::refuse(
            reasons::orderClosed(QDateTime::fromSecsSinceEpoch(offer->orderByUtc, m_time.zone())));
    if (r.seenUnitPriceFen != 0 && r.seenUnitPriceFen != offer->priceFen)
        return R::refuse(reasons::itemRepriced(offer->priceFen));
    if (offer->soldOut())
        return R::refuse(reasons::soldOut());
    if (offer->left() < r.quantity)
        return R::refuse(reasons::notEnoughServings(offer->left()));
    if (r.delivery && !offer->delivery)
        return R::refuse(reasons::deliveryNotOffered());
    if (r.delivery && !deliveryEligible(rules->delivery, *diner, offer->mealDate))
        return R::refuse(reasons::deliveryNotEligible());
    if (r.delivery && !residents::loadAddress(m_db, r.residentId))
        return R::refuse(reasons::noDeliveryAddress());

    const QString day = offer->mealDate.toString(Qt::ISODate);
    const QDate first(offer->mealDate.year(), offer->mealDate.month(), 1);
    PriceRequest p;
    p.unitPriceFen = offer->priceFen;
    p.quantity = r.quantity;
    p.category = offer->category;
    p.mealDate = offer->mealDate;
    p.delivery = r.delivery;
    p.vouchers = r.vouchers;
    p.subsidisedPortionsAlready = int(scalar(m_db,
        "SELECT coalesce(sum(subsidised_portions), 0) FROM meal_order WHERE resident_id = ? AND meal_date = "
        "? "
        "AND period = ? AND status = 'confirmed'",
        { r.residentId, day, periodName(offer->period) }));
    p.subsidyUsedThisMonthFen = scalar(m_db,
        "SELECT coalesce(sum(subsidy_fen), 0) FROM meal_order WHERE resident_id = ? AND meal_date >= ? "
        "AND meal_date < ? AND status = 'confirmed'",
        { r.residentId, first.toString(Qt::ISODate), first.addMonths(1).toString(Qt::ISODate) });
    p.voucherBalanceFen = ledger::balance(m_db, r.residentId);
    const PriceBreakdown b = priceOrder(*rules, &*diner, p);
    const qint64 due = b.priceFen + b.deliveryFeeFen - b.subsidyFen;
    if (r.vouchers == VoucherUse::Full && b.voucherFen < due)
        return R::refuse(reasons::voucherTooLow(p.voucherBalanceFen, due));
    if (out)
        out->offer = *offer;
    return R::success(b);
}

Result<PriceBreakdown> CanteenOrders::quote(const OrderRequest &request)
{
    const qint64 now = m_clock.nowSecs();
    return storage::refuseOnStorageError(lcCanteen(), "quote", [&] {
        storage::Transaction tx(m_db, storage::Transaction::Mode::Deferred); // one consistent read
        return check(request, now, nullptr);
    });
}

Result<MealOrder> CanteenOrders::order(const OrderRequest &request)
{
    const qint64 now = m_clock.nowSecs();
    return storage::refuseOnStorageError(lcCanteen(), "meal order", [&] {
        using R = Result<MealOrder>;
        storage::Transaction tx(m_db);
        Checked checked;
        const Result<PriceBreakdown> priced = check(request, now, &checked);
        if (!priced.ok)
            return R::refuse(priced.reason);
        const MenuOffer &offer = checked.offer;
        // Servings are taken here, in the transaction that checked them; the condition and the
        // table's CHECK (taken <= quota) are the last word on "never oversold".
        auto take = m_db.prepare("UPDATE canteen_offer SET taken = taken + ? WHERE id = ? AND removed = 0 "
                                 "AND taken + ? <= quota");
        take.bind(1, request.quantity).bind(2, offer.id).bind(3, request.quantity);
        if (take.run() != 1)
            return R::refuse(reasons::soldOut());

        MealOrder o;
        o.id = booking::newUuid();
        o.code = uniqueCode(m_db);
        o.residentId = request.residentId;
        o.offerId = offer.id;
        o.dishId = offer.dishId;
        o.dishName = offer.name;
        o.mealDate = offer.mealDate;
        o.period = offer.period;
        o.quantity = request.quantity;
        o.unitPriceFen = offer.priceFen;
        o.price = priced.value;
        o.delivery = request.delivery;
        o.orderByUtc = offer.orderByUtc;
        o.createdAtUtc = now;
        m_db.prepare(
                "INSERT INTO meal_order(id, code, resident_id, offer_id, dish_id, meal_date, period, "
                "quantity, "
                "unit_price_fen, price_fen, subsidy_fen, subsidised_portions, delivery_fee_fen, voucher_fen, "
                "to_pay_fen, delivery, order_by_utc, status, created_at_utc, updated_at_utc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'confirmed', ?, ?)")
            .bind(1, o.id)
            .bind(2, o.code)
            .bind(3, o.residentId)
            .bind(4, o.offerId)
            .bind(5, o.dishId)
            .bind(6, o.mealDate.toString(Qt::ISODate))
            .bind(7, periodName(o.period))
            .bind(8, o.quantity)
            .bind(9, o.unitPriceFen)
            .bind(10, o.price.priceFen)
            .bind(11, o.price.subsidyFen)
            .bind(12, o.price.subsidisedPortions)
            .bind(13, o.price.deliveryFeeFen)
            .bind(14, o.price.voucherFen)
            .bind(15, o.price.toPayFen)
            .bind(16, o.delivery)
            .bind(17, o.orderByUtc)
            .bind(18, now)
            .bind(19, now)
            .run();
        QJsonObject payload = payloadOf(o);
        if (o.price.voucherFen > 0) {
            const VoucherEntry debit = ledger::append(
                m_db, o.residentId, -o.price.voucherFen, VoucherReason::Order, o.id, kVoucherNote, now);
            payload.insert(QStringLiteral("voucher_entry_id"), debit.id);
        }
        const QString eventId
            = booking::writeOutbox(m_db, QStringLiteral("meal_order.created"), now, payload);
        // The central server limits a meal's servings across kiosks only when the canteen says
        // how many (servings_per_meal); the dish quotas above are this kiosk's own.
        auto limit = m_db.prepare("SELECT coalesce(json_extract(rules_json, '$.servings_per_meal'), 0) "
                                  "FROM canteen_rules WHERE canteen_id = ?");
        limit.bind(1, offer.canteenId);
        const bool limited = limit.step() && limit.int64(0) > 0;
        const QStringList meal = limited ? QStringList{ escrow::resources::meal(offer.canteenId,
                                     offer.mealDate.toString(Qt::ISODate), periodName(offer.period)) }
                                         : QStringList{};
        if (escrow::cover(m_db, eventId, meal, o.quantity, now * 1000) == escrow::Cover::Server)
            o.awaitsServerEvent = eventId;
        tx.commit();
        return R::success(std::move(o));
    });
}

Outcome CanteenOrders::cancel(const QString &residentId, const QString &orderId)
{
    const qint64 now = m_clock.nowSecs();
    return storage::refuseOnStorageError(lcCanteen(), "meal order cancellation", [&] {
        storage::Transaction tx(m_db);
        auto o = findOrder(m_db, orderId);
        if (!o || o->residentId != residentId || o->status != OrderStatus::Confirmed)
            return Outcome::refuse(reasons::orderNotFound());
        if (now >= o->orderByUtc)
            return Outcome::refuse(
                reasons::cancelClosed(QDateTime::fromSecsSinceEpoch(o->orderByUtc, m_time.zone())));
        m_db.prepare("UPDATE meal_order SET status = 'cancelled', updated_at_utc = ? WHERE id = ?")
            .bind(1, now)
            .bind(2, orderId)
            .run();
        // The servings go back on the menu (if the offer is still there).
        m_db.prepare("UPDATE canteen_offer SET taken = max(0, taken - ?) WHERE id = ?")
            .bind(1, o->quantity)
            .bind(2, o->offerId)
            .run();
        o->status = OrderStatus::Cancelled;
        booking::writeOutbox(m_db, QStringLiteral("meal_order.cancelled"), now, payloadOf(*o));
        if (o->price.voucherFen > 0) {
            const VoucherEntry refund = ledger::append(
                m_db, residentId, o->price.voucherFen, VoucherReason::Refund, o->id, kRefundNote, now);
            booking::writeOutbox(m_db, QStringLiteral("voucher.refunded"), now,
                { { QStringLiteral("entry_id"), refund.id }, { QStringLiteral("resident_id"), residentId },
                    { QStringLiteral("order_id"), o->id },
                    { QStringLiteral("amount_fen"), o->price.voucherFen } });
        }
        tx.commit();
        return Outcome::success();
    });
}

std::vector<MealOrder> CanteenOrders::upcoming(const QString &residentId)
{
    auto q = m_db.prepare(std::string(kOrderColumns)
        + "WHERE o.resident_id = ? AND o.status = 'confirmed' AND o.meal_date >= ? ORDER BY o.meal_date, "
          "CASE o.period WHEN 'breakfast' THEN 0 WHEN 'lunch' THEN 1 ELSE 2 END, o.created_at_utc");
    q.bind(1, residentId).bind(2, m_time.localDate(m_clock.nowSecs()).toString(Qt::ISODate));
    std::vector<MealOrder> out;
    while (q.step())
        out.push_back(orderFrom(q));
    return out;
}

std::optional<MealOrder> CanteenOrders::find(const QString &orderId)
{
    return findOrder(m_db, orderId);
}

std::vector<MealOrder> CanteenOrders::refusedRecently(const QString &residentId)
{
    auto q = m_db.prepare(std::string(kOrderColumns)
        + "WHERE o.resident_id = ? AND o.refused_en <> '' AND o.updated_at_utc >= ? ORDER BY o.meal_date");
    q.bind(1, residentId).bind(2, m_clock.nowSecs() - 7 * 86400LL);
    std::vector<MealOrder> out;
    while (q.step())
        out.push_back(orderFrom(q));
    return out;
}

bool refuseOrderByServer(
    storage::Database &db, const QString &orderId, const LocalizedText &reason, qint64 now)
{
    const auto o = findOrder(db, orderId);
    if (!o || o->status != OrderStatus::Confirmed)
        return false;
    db.prepare(
          "UPDATE meal_order SET status = 'cancelled', refused_zh = ?, refused_en = ?, updated_at_utc = ? "
          "WHERE id = ?")
        .bind(1, reason.zh)
        .bind(2, reason.en)
        .bind(3, now)
        .bind(4, orderId)
        .run();
    db.prepare("UPDATE canteen_offer SET taken = max(0, taken - ?) WHERE id = ?")
        .bind(1, o->quantity)
        .bind(2, o->offerId)
        .run();
    // The server never took the order, so it never took the vouchers either: no outbox event.
    if (o->price.voucherFen > 0)
        ledger::append(
            db, o->residentId, o->price.voucherFen, VoucherReason::Refund, o->id, kRefundNote, now);
    return true;
}

} // namespace linli::canteen
