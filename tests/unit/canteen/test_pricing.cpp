// Pricing one order: the age tier on the meal date (birthdays count), tag prices, once per
// period, the monthly ceiling, the rounding the rules state, vouchers and delivery, all in fen.
#include "canteen/pricing.h"
#include "canteen_fixture.h"

using namespace linli::canteen;

namespace {

const QDate kMeal(2026, 11, 23);

// The demo's rules (Hangzhou), as canteen.json states them; DemoRulesAreTheseRules checks that.
CanteenRules hangzhou()
{
    CanteenRules r;
    r.subsidy.appliesToCategories = { QStringLiteral("set") };
    r.subsidy.ageTiers = { { 60, 69, 85 }, { 70, 79, 80 }, { 80, 89, 70 }, { 90, std::nullopt, 50 } };
    r.subsidy.tagPrices
        = { { QStringLiteral("低保"), 300 }, { QStringLiteral("特困"), 0 }, { QStringLiteral("失能"), 0 } };
    r.subsidy.subsidisedPerPeriodPerDay = 1;
    r.subsidy.rounding = { 10, RoundingMode::HalfUp };
    r.subsidy.monthlyCeilingFen = 30000;
    r.delivery.feeFen = 300;
    r.delivery.freeForTags = { QStringLiteral("特困"), QStringLiteral("失能") };
    r.delivery.eligibleTags = { QStringLiteral("独居"), QStringLiteral("失能"), QStringLiteral("残疾") };
    r.delivery.eligibleMinAge = 80;
    return r;
}

void expectBalanced(const PriceBreakdown &b)
{
    EXPECT_EQ(b.priceFen + b.deliveryFeeFen, b.subsidyFen + b.voucherFen + b.toPayFen);
    EXPECT_GE(b.subsidyFen, 0);
    EXPECT_GE(b.voucherFen, 0);
    EXPECT_GE(b.toPayFen, 0);
}

// One subsidised set meal (no vouchers), by birth date and tags.
struct TierCase {
    const char *name;
    QDate birth;
    QStringList tags;
    const char *category;
    qint64 price;
    qint64 expectedPay;
    SubsidyBasis::Kind kind;
};

void PrintTo(const TierCase &c, std::ostream *os)
{
    *os << c.name;
}

class PricingTierTest : public ::testing::TestWithParam<TierCase> { };

TEST_P(PricingTierTest, OnePortionPaysWhatTheRulesSay)
{
    const TierCase &c = GetParam();
    const CanteenRules rules = hangzhou();
    const Diner diner{ c.birth, c.tags };
    PriceRequest request;
    request.unitPriceFen = c.price;
    request.category = QLatin1String(c.category);
    request.mealDate = kMeal;
    request.vouchers = VoucherUse::None;
    const PriceBreakdown b = priceOrder(rules, &diner, request);
    EXPECT_EQ(b.priceFen, c.price);
    EXPECT_EQ(b.toPayFen, c.expectedPay);
    EXPECT_EQ(b.subsidyFen, c.price - c.expectedPay);
    EXPECT_EQ(b.subsidisedPortions, c.expectedPay < c.price ? 1 : 0);
    EXPECT_EQ(b.basis.kind, c.kind);
    expectBalanced(b);
}

using K = SubsidyBasis::Kind;
INSTANTIATE_TEST_SUITE_P(TiersTagsAndBirthdays, PricingTierTest,
    ::testing::Values(
        // Age tiers on the set meal A (¥15.00); the rounding is half up to the jiao.
        TierCase{ "Age59FullPrice", QDate(1967, 1, 1), {}, "set", 1500, 1500, K::None },
        TierCase{ "Age60OnTheMealDayIsTheBirthday", QDate(1966, 11, 23), {}, "set", 1500, 1280, K::AgeTier },
        TierCase{ "Age59TheDayBeforeTurning60", QDate(1966, 11, 24), {}, "set", 1500, 1500, K::None },
        TierCase{ "Age69", QDate(1957, 6, 1), {}, "set", 1500, 1280, K::AgeTier },
        TierCase{ "Age70OnTheBirthday", QDate(1956, 11, 23), {}, "set", 1500, 1200, K::AgeTier },
        TierCase{ "Age69TheDayBeforeTurning70", QDate(1956, 11, 24), {}, "set", 1500, 1280, K::AgeTier },
        TierCase{ "Age79", QDate(1947, 1, 1), {}, "set", 1500, 1200, K::AgeTier },
        TierCase{ "Age80OnTheBirthday", QDate(1946, 11, 23), {}, "set", 1500, 1050, K::AgeTier },
        TierCase{ "Age79TheDayBeforeTurning80", QDate(1946, 11, 24), {}, "set", 1500, 1200, K::AgeTier },
        TierCase{ "ChenGuifangBorn1938Is88", QDate(1938, 4, 8), { "独居" }, "set", 1500, 1050, K::AgeTier },
        TierCase{ "Age89", QDate(1937, 1, 1), {}, "set", 1500, 1050, K::AgeTier },
        TierCase{ "Age90OnTheBirthday", QDate(1936, 11, 23), {}, "set", 1500, 750, K::AgeTier },
        TierCase{ "Age89TheDayBeforeTurning90", QDate(1936, 11, 24), {}, "set", 1500, 1050, K::AgeTier },
        TierCase{ "Age101", QDate(1925, 5, 5), {}, "set", 1500, 750, K::AgeTier },
        TierCase{ "Born1963Is63In2026", QDate(1963, 7, 20), {}, "set", 1500, 1280, K::AgeTier },
        TierCase{ "UnknownBirthDateFullPrice", QDate(), {}, "set", 1500, 1500, K::None },
        // Tags: a fixed price or free, whatever the age; the lowest rule wins.
        TierCase{ "DibaoAt50PaysThree", QDate(1976, 1, 1), { "低保" }, "set", 1500, 300, K::Tag },
        TierCase{ "DibaoAt92StillThree", QDate(1934, 1, 1), { "低保" }, "set", 1500, 300, K::Tag },
        TierCase{ "TekunFree", QDate(1950, 1, 1), { "特困" }, "set", 1500, 0, K::Tag },
        TierCase{ "ShinengFree", QDate(1980, 1, 1), { "失能" }, "set", 1500, 0, K::Tag },
        TierCase{ "LivingAloneIsNoPrice", QDate(1976, 1, 1), { "独居" }, "set", 1500, 1500, K::None },
        TierCase{ "AgeBeatsATagPriceAboveIt", QDate(1930, 1, 1), { "低保" }, "set", 500, 250, K::AgeTier },
        TierCase{ "TagPriceNeverAboveThePrice", QDate(1976, 1, 1), { "低保" }, "set", 200, 200, K::None },
        // Only set meals are subsidised.
        TierCase{ "DishesAreNotSubsidised", QDate(1938, 4, 8), { "特困" }, "meat", 1200, 1200, K::None },
        // Rounding (soft set ¥13.00): 60-69 x 0.85 = ¥11.05 -> ¥11.10; 70-79 x 0.8 = ¥10.40.
        TierCase{ "RoundsHalfUpToTheJiao", QDate(1960, 1, 1), {}, "set", 1300, 1110, K::AgeTier },
        TierCase{ "ExactJiaoUnchanged", QDate(1950, 1, 1), {}, "set", 1300, 1040, K::AgeTier },
        TierCase{ "RoundsUpFromHalfAJiao", QDate(1960, 1, 1), {}, "set", 1230, 1050, K::AgeTier },
        TierCase{ "RoundsDownBelowHalfAJiao", QDate(1960, 1, 1), {}, "set", 1180, 1000, K::AgeTier }),
    [](const ::testing::TestParamInfo<TierCase> &p) { return std::string(p.param.name); });

struct RoundingCase {
    const char *name;
    qint64 amount, percent, unit;
    RoundingMode mode;
    qint64 expected;
};

class RoundingTest : public ::testing::TestWithParam<RoundingCase> { };

TEST_P(RoundingTest, TheRuleStatedInTheData)
{
    const RoundingCase &c = GetParam();
    EXPECT_EQ(roundedShare(c.amount, c.percent, 100, { c.unit, c.mode }), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Modes, RoundingTest,
    ::testing::Values(RoundingCase{ "FenExact", 1300, 85, 1, RoundingMode::HalfUp, 1105 },
        RoundingCase{ "JiaoHalfUp", 1300, 85, 10, RoundingMode::HalfUp, 1110 },
        RoundingCase{ "JiaoDown", 1300, 85, 10, RoundingMode::Down, 1100 },
        RoundingCase{ "JiaoUp", 1300, 85, 10, RoundingMode::Up, 1110 },
        RoundingCase{ "JiaoUpExactStays", 1200, 85, 10, RoundingMode::Up, 1020 },
        RoundingCase{ "YuanHalfUpBelowHalf", 1300, 85, 100, RoundingMode::HalfUp, 1100 },
        RoundingCase{ "YuanHalfUpAtHalf", 1300, 50, 100, RoundingMode::HalfUp, 700 },
        RoundingCase{ "YuanDownAtHalf", 1300, 50, 100, RoundingMode::Down, 600 },
        RoundingCase{ "YuanUp", 1210, 50, 100, RoundingMode::Up, 700 },
        RoundingCase{ "FenHalfUpOfAThird", 1001, 85, 1, RoundingMode::HalfUp, 851 },
        RoundingCase{ "FenDownOfAThird", 1001, 85, 1, RoundingMode::Down, 850 },
        RoundingCase{ "Zero", 1500, 0, 10, RoundingMode::Up, 0 }),
    [](const ::testing::TestParamInfo<RoundingCase> &p) { return std::string(p.param.name); });

// 陈桂芳 (88) orders set meal A: ¥10.50 a subsidised portion.
PriceRequest setA(int quantity = 1)
{
    PriceRequest r;
    r.unitPriceFen = 1500;
    r.quantity = quantity;
    r.category = QStringLiteral("set");
    r.mealDate = kMeal;
    r.vouchers = VoucherUse::None;
    return r;
}
const Diner kChen{ QDate(1938, 4, 8), { QStringLiteral("独居") } };

TEST(Pricing, OneSubsidisedPortionPerPeriodMorePortionsAtFullPrice)
{
    const PriceBreakdown three = priceOrder(hangzhou(), &kChen, setA(3));
    EXPECT_EQ(three.priceFen, 4500);
    EXPECT_EQ(three.subsidyFen, 450);
    EXPECT_EQ(three.subsidisedPortions, 1);
    EXPECT_EQ(three.toPayFen, 4050);
    expectBalanced(three);

    PriceRequest again = setA();
    again.subsidisedPortionsAlready = 1; // her lunch that day is already subsidised
    const PriceBreakdown second = priceOrder(hangzhou(), &kChen, again);
    EXPECT_EQ(second.subsidyFen, 0);
    EXPECT_EQ(second.subsidisedPortions, 0);
    EXPECT_EQ(second.toPayFen, 1500);

    CanteenRules two = hangzhou();
    two.subsidy.subsidisedPerPeriodPerDay = 2;
    EXPECT_EQ(priceOrder(two, &kChen, setA(3)).subsidyFen, 900);
    EXPECT_EQ(priceOrder(two, &kChen, again).subsidyFen, 450);
}

TEST(Pricing, TheMonthlyCeilingCutsTheSubsidy)
{
    struct Case {
        qint64 used, subsidy;
        bool reached;
    };
    for (const Case &c : { Case{ 0, 450, false }, Case{ 29550, 450, false }, Case{ 29551, 449, true },
             Case{ 29900, 100, true }, Case{ 30000, 0, true }, Case{ 31000, 0, true } }) {
        PriceRequest r = setA();
        r.subsidyUsedThisMonthFen = c.used;
        const PriceBreakdown b = priceOrder(hangzhou(), &kChen, r);
        EXPECT_EQ(b.subsidyFen, c.subsidy) << c.used;
        EXPECT_EQ(b.ceilingReached, c.reached) << c.used;
        EXPECT_EQ(b.toPayFen, 1500 - c.subsidy) << c.used;
        expectBalanced(b);
    }
}

TEST(Pricing, VouchersPayPartOrAllNeverMoreThanIsDue)
{
    struct Case {
        qint64 balance;
        VoucherUse use;
        qint64 voucher, toPay;
    };
    for (const Case &c :
        { Case{ 5000, VoucherUse::UpToBalance, 1050, 0 }, Case{ 500, VoucherUse::UpToBalance, 500, 550 },
            Case{ 0, VoucherUse::UpToBalance, 0, 1050 }, Case{ 5000, VoucherUse::None, 0, 1050 },
            Case{ 1050, VoucherUse::Full, 1050, 0 }, Case{ -20, VoucherUse::UpToBalance, 0, 1050 } }) {
        PriceRequest r = setA();
        r.voucherBalanceFen = c.balance;
        r.vouchers = c.use;
        const PriceBreakdown b = priceOrder(hangzhou(), &kChen, r);
        EXPECT_EQ(b.voucherFen, c.voucher) << c.balance;
        EXPECT_EQ(b.toPayFen, c.toPay) << c.balance;
        expectBalanced(b);
    }
}

TEST(Pricing, DeliveryAddsItsFeeExceptForTheTagsThatRideFree)
{
    PriceRequest r = setA();
    r.delivery = true;
    const PriceBreakdown b = priceOrder(hangzhou(), &kChen, r);
    EXPECT_EQ(b.deliveryFeeFen, 300);
    EXPECT_EQ(b.toPayFen, 1050 + 300);
    expectBalanced(b);
    const Diner disabled{ QDate(1950, 1, 1), { QStringLiteral("失能") } };
    const PriceBreakdown free = priceOrder(hangzhou(), &disabled, r);
    EXPECT_EQ(free.deliveryFeeFen, 0);
    EXPECT_EQ(free.toPayFen, 0);
}

TEST(Pricing, NotIdentifiedMeansFullPriceAndNoVouchers)
{
    PriceRequest r = setA(2);
    r.voucherBalanceFen = 5000;
    r.vouchers = VoucherUse::UpToBalance;
    const PriceBreakdown b = priceOrder(hangzhou(), nullptr, r);
    EXPECT_EQ(b.priceFen, 3000);
    EXPECT_EQ(b.subsidyFen, 0);
    EXPECT_EQ(b.voucherFen, 0);
    EXPECT_EQ(b.toPayFen, 3000);
}

TEST(Pricing, NoQuantityPricesNothing)
{
    for (int q : { 0, -1, -1000000 }) {
        const PriceBreakdown b = priceOrder(hangzhou(), &kChen, setA(q));
        EXPECT_EQ(b, PriceBreakdown{}) << q;
    }
}

TEST(Pricing, AgeOnTheMealDate)
{
    EXPECT_EQ(ageOn(QDate(1938, 4, 8), QDate(2026, 4, 7)), 87);
    EXPECT_EQ(ageOn(QDate(1938, 4, 8), QDate(2026, 4, 8)), 88);
    EXPECT_EQ(ageOn(QDate(2000, 2, 29), QDate(2025, 2, 28)), 24);
    EXPECT_EQ(ageOn(QDate(2000, 2, 29), QDate(2025, 3, 1)), 25);
    EXPECT_EQ(ageOn(QDate(2000, 2, 29), QDate(2028, 2, 29)), 28);
    EXPECT_EQ(ageOn(QDate(2000, 1, 1), QDate(1999, 12, 31)), -1);
    EXPECT_EQ(ageOn(QDate(), kMeal), -1);
}

TEST(Pricing, DeliveryEligibilityByTagOrAge)
{
    const DeliveryRules d = hangzhou().delivery;
    EXPECT_TRUE(deliveryEligible(d, kChen, kMeal));
    EXPECT_TRUE(deliveryEligible(d, { QDate(1946, 11, 23), {} }, kMeal)); // 80 that day
    EXPECT_FALSE(deliveryEligible(d, { QDate(1946, 11, 24), {} }, kMeal));
    EXPECT_TRUE(deliveryEligible(d, { QDate(1980, 1, 1), { QStringLiteral("残疾") } }, kMeal));
    EXPECT_FALSE(deliveryEligible(d, { QDate(1963, 7, 20), {} }, kMeal));
}

class DemoRules : public linli::canteen::test::CanteenFixture { };

TEST_F(DemoRules, DemoRulesAreTheseRules)
{
    const auto stored = loadCanteenRules(*db, QStringLiteral("canteen-baisuitang"));
    ASSERT_TRUE(stored);
    const CanteenRules expected = hangzhou();
    // Same answers for every case above's diners is what matters; compare the fields.
    EXPECT_EQ(stored->subsidy.appliesToCategories, expected.subsidy.appliesToCategories);
    ASSERT_EQ(stored->subsidy.ageTiers.size(), expected.subsidy.ageTiers.size());
    for (std::size_t i = 0; i < expected.subsidy.ageTiers.size(); ++i) {
        EXPECT_EQ(stored->subsidy.ageTiers[i].minAge, expected.subsidy.ageTiers[i].minAge);
        EXPECT_EQ(stored->subsidy.ageTiers[i].maxAge, expected.subsidy.ageTiers[i].maxAge);
        EXPECT_EQ(stored->subsidy.ageTiers[i].payPercent, expected.subsidy.ageTiers[i].payPercent);
    }
    ASSERT_EQ(stored->subsidy.tagPrices.size(), expected.subsidy.tagPrices.size());
    for (std::size_t i = 0; i < expected.subsidy.tagPrices.size(); ++i) {
        EXPECT_EQ(stored->subsidy.tagPrices[i].tag, expected.subsidy.tagPrices[i].tag);
        EXPECT_EQ(stored->subsidy.tagPrices[i].payFen, expected.subsidy.tagPrices[i].payFen);
    }
    EXPECT_EQ(stored->subsidy.rounding.unitFen, 10);
    EXPECT_EQ(stored->subsidy.rounding.mode, RoundingMode::HalfUp);
    EXPECT_EQ(stored->delivery.freeForTags, expected.delivery.freeForTags);
    EXPECT_EQ(stored->delivery.eligibleTags, expected.delivery.eligibleTags);
}

} // namespace
