#pragma once

#include "canteen/canteen_types.h"

namespace linli::canteen {

// Whole years from birth to `day`; the birthday itself counts (a 29 February birthday counts on
// 1 March in common years). -1 when the birth date is unknown or after `day`.
int ageOn(const QDate &birth, const QDate &day);

// `numerator / denominator` of `amountFen`, rounded to the rule's unit (pure integer arithmetic).
qint64 roundedShare(qint64 amountFen, qint64 numerator, qint64 denominator, const Rounding &rounding);

// Why a portion is subsidised: the age tier or the tag whose price won, for the breakdown.
struct SubsidyBasis {
    enum class Kind { None, AgeTier, Tag } kind = Kind::None;
    int age = -1; // on the meal date
    int payPercent = 100; // for AgeTier
    QString tag; // for Tag
};

// What one subsidised portion of a dish costs this diner on the meal date: the lowest of the
// age tier's share (rounded as the rules say) and the fixed prices of the diner's tags, never
// more than the price. Without a rule that applies (category not subsidised, no tier, no tag),
// the full price and Kind::None.
qint64 subsidisedPortionFen(const SubsidyRules &rules, const Diner &diner, const QDate &mealDate,
    const QString &category, qint64 unitPriceFen, SubsidyBasis *basis = nullptr);

// How vouchers pay: not at all, as far as the balance goes (the rest at pickup), or in full.
enum class VoucherUse { None, UpToBalance, Full };

struct PriceRequest {
    qint64 unitPriceFen = 0;
    int quantity = 1;
    QString category;
    QDate mealDate;
    bool delivery = false;
    // The resident's other orders standing: subsidised portions for the same date and period,
    // and subsidy already granted for meals in the calendar month of the meal date.
    int subsidisedPortionsAlready = 0;
    qint64 subsidyUsedThisMonthFen = 0;
    qint64 voucherBalanceFen = 0;
    VoucherUse vouchers = VoucherUse::UpToBalance;
};

// In integer fen: price + deliveryFee = subsidy + voucher + toPay.
struct PriceBreakdown {
    qint64 priceFen = 0; // unit price x quantity
    qint64 subsidyFen = 0;
    qint64 deliveryFeeFen = 0;
    qint64 voucherFen = 0;
    qint64 toPayFen = 0; // at pickup (cash or the hall's counter)
    int subsidisedPortions = 0;
    bool ceilingReached = false; // the monthly ceiling cut the subsidy
    SubsidyBasis basis;
    bool operator==(const PriceBreakdown &) const = default;
};
inline bool operator==(const SubsidyBasis &a, const SubsidyBasis &b)
{
    return a.kind == b.kind && a.age == b.age && a.payPercent == b.payPercent && a.tag == b.tag;
}

// Prices one order. `diner` null: not identified, so full price, no subsidy, no vouchers.
// Quantity below 1 prices nothing (the ordering command refuses it before asking).
// With VoucherUse::Full and too small a balance the voucher part is the balance, as with
// UpToBalance: the command refuses it, pricing only reports.
PriceBreakdown priceOrder(const CanteenRules &rules, const Diner *diner, const PriceRequest &request);

// May this diner have meals delivered on the meal date (tag or age, as the rules say)?
bool deliveryEligible(const DeliveryRules &rules, const Diner &diner, const QDate &mealDate);

} // namespace linli::canteen
