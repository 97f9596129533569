#include "canteen/pricing.h"

#include <algorithm>

namespace linli::canteen {

int ageOn(const QDate &birth, const QDate &day)
{
    if (!birth.isValid() || !day.isValid() || day < birth)
        return -1;
    int age = day.year() - birth.year();
    // Comparing (month, day) puts a 29 February birthday after 28 February in common years.
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

qint64 roundedShare(qint64 amountFen, qint64 numerator, qint64 denominator, const Rounding &rounding)
{
    const qint64 exact = amountFen * numerator; // in fen x denominator
    const qint64 step = rounding.unitFen * denominator;
    qint64 units = exact / step;
    const qint64 rest = exact % step;
    switch (rounding.mode) {
    case RoundingMode::HalfUp:
        if (2 * rest >= step)
            ++units;
        break;
    case RoundingMode::Up:
        if (rest > 0)
            ++units;
        break;
    case RoundingMode::Down:
        break;
    }
    return units * rounding.unitFen;
}

qint64 subsidisedPortionFen(const SubsidyRules &rules, const Diner &diner, const QDate &mealDate,
    const QString &category, qint64 unitPriceFen, SubsidyBasis *basis)
{
    SubsidyBasis best;
    best.age = ageOn(diner.birthDate, mealDate);
    qint64 pay = unitPriceFen;
    if (rules.appliesToCategories.contains(category)) {
        for (const AgeTier &tier : rules.ageTiers) {
            if (best.age < tier.minAge || (tier.maxAge && best.age > *tier.maxAge))
                continue;
            const qint64 share
                = std::min(unitPriceFen, roundedShare(unitPriceFen, tier.payPercent, 100, rules.rounding));
            if (share < pay) {
                pay = share;
                best.kind = SubsidyBasis::Kind::AgeTier;
                best.payPercent = tier.payPercent;
            }
            break; // tiers never overlap (such content is refused): the first that matches is the one
        }
        for (const TagPrice &t : rules.tagPrices) {
            if (diner.tags.contains(t.tag) && t.payFen < pay) {
                pay = t.payFen;
                best.kind = SubsidyBasis::Kind::Tag;
                best.tag = t.tag;
            }
        }
    }
    if (basis)
        *basis = best;
    return pay;
}

bool deliveryEligible(const DeliveryRules &rules, const Diner &diner, const QDate &mealDate)
{
    for (const QString &tag : rules.eligibleTags) {
        if (diner.tags.contains(tag))
            return true;
    }
    const int age = ageOn(diner.birthDate, mealDate);
    return rules.eligibleMinAge && age >= *rules.eligibleMinAge;
}

PriceBreakdown priceOrder(const CanteenRules &rules, const Diner *diner, const PriceRequest &request)
{
    PriceBreakdown b;
    if (request.quantity < 1 || request.unitPriceFen <= 0)
        return b;
    b.priceFen = request.unitPriceFen * request.quantity;
    if (request.delivery) {
        b.deliveryFeeFen = rules.delivery.feeFen;
        if (diner) {
            for (const QString &tag : rules.delivery.freeForTags) {
                if (diner->tags.contains(tag))
                    b.deliveryFeeFen = 0;
            }
        }
    }
    if (diner) {
        const qint64 pay = subsidisedPortionFen(
            rules.subsidy, *diner, request.mealDate, request.category, request.unitPriceFen, &b.basis);
        const int portionsLeft
            = std::max(0, rules.subsidy.subsidisedPerPeriodPerDay - request.subsidisedPortionsAlready);
        const int portions = pay < request.unitPriceFen ? std::min(request.quantity, portionsLeft) : 0;
        const qint64 wanted = (request.unitPriceFen - pay) * portions;
        const qint64 room
            = std::max<qint64>(0, rules.subsidy.monthlyCeilingFen - request.subsidyUsedThisMonthFen);
        b.subsidyFen = std::min(wanted, room);
        b.ceilingReached = b.subsidyFen < wanted;
        b.subsidisedPortions = b.subsidyFen > 0 ? portions : 0;
        if (b.subsidisedPortions == 0)
            b.basis.kind = SubsidyBasis::Kind::None;
    }
    const qint64 due = b.priceFen + b.deliveryFeeFen - b.subsidyFen;
    if (diner && request.vouchers != VoucherUse::None)
        b.voucherFen = std::clamp<qint64>(request.voucherBalanceFen, 0, due);
    b.toPayFen = due - b.voucherFen;
    return b;
}

} // namespace linli::canteen
