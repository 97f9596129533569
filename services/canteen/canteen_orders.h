#pragma once

#include "canteen/menu.h"
#include "canteen/pricing.h"
#include "core/hall_time.h"
#include "core/outcome.h"

#include <optional>
#include <vector>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::canteen {

struct OrderRequest {
    QString residentId;
    QString offerId;
    int quantity = 1;
    bool delivery = false;
    VoucherUse vouchers = VoucherUse::UpToBalance;
    // The unit price the resident saw when choosing; a different price now is refused, so
    // nobody is charged what they did not see. 0: not checked.
    qint64 seenUnitPriceFen = 0;
};

enum class OrderStatus { Confirmed, Cancelled };

struct MealOrder {
    QString id; // UUID
    QString code; // short code the resident reads
    QString residentId;
    QString offerId;
    QString dishId;
    LocalizedText dishName;
    QDate mealDate;
    MealPeriod period = MealPeriod::Lunch;
    int quantity = 0;
    qint64 unitPriceFen = 0;
    PriceBreakdown price;
    bool delivery = false;
    qint64 orderByUtc = 0; // cancellable before this
    OrderStatus status = OrderStatus::Confirmed;
    qint64 createdAtUtc = 0;
    LocalizedText refusedByServer; // why the central server refused it (then it is cancelled)
    // Set when the sale went beyond this kiosk's escrow shares: the central server's answer to
    // this outbox event confirms it or not (sync::OnlineConfirmation). Empty: it stands.
    QString awaitsServerEvent;
};

// Meal orders: each command is one BEGIN IMMEDIATE transaction that checks the menu, the
// cut-off (on the hall's clock), the quota, delivery and the vouchers, takes the servings,
// writes the order, its voucher debit and its outbox event together, or nothing. Commands never
// throw: storage failures come back as refusals to read. Queries throw storage::StorageError.
class CanteenOrders {
public:
    CanteenOrders(storage::Database &db, const Clock &clock, HallTime time);

    // The breakdown the confirm screen shows; every check of order(), nothing written.
    Result<PriceBreakdown> quote(const OrderRequest &request);
    Result<MealOrder> order(const OrderRequest &request);
    // Before the cut-off: servings back on the menu, the voucher part refunded as a ledger row.
    Outcome cancel(const QString &residentId, const QString &orderId);

    // Confirmed orders for meals from today on (hall's date), soonest first.
    std::vector<MealOrder> upcoming(const QString &residentId);
    std::optional<MealOrder> find(const QString &orderId);
    // Orders of the last 7 days the central server refused, for My meal orders.
    std::vector<MealOrder> refusedRecently(const QString &residentId);

private:
    struct Checked;
    Result<PriceBreakdown> check(const OrderRequest &request, qint64 now, Checked *out);
    storage::Database &m_db;
    const Clock &m_clock;
    HallTime m_time;
};

// The central server refused this order (sync): cancelled here with its reason, servings back
// on the menu, vouchers refunded; inside the caller's transaction. False when there is no
// confirmed order of that id. Throws storage::StorageError.
bool refuseOrderByServer(
    storage::Database &db, const QString &orderId, const LocalizedText &reason, qint64 now);

} // namespace linli::canteen
