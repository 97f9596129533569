// canteen.json and residents.json's birth dates and tags: the demo loads, once, with its week of
// menus, rules and vouchers; bad content is refused as a whole, naming the file and the field.
#include "booking/booking_content.h"
#include "canteen/canteen_content.h"
#include "canteen/canteen_rules.h"
#include "canteen_fixture.h"
#include "content/content_error.h"
#include "content/demo_loader.h"
#include "residents/address.h"
#include "storage/migrations.h"

#include <QFileInfo>

using namespace linli::canteen;
using linli::canteen::test::CanteenFixture;

namespace {

class CanteenContentTest : public CanteenFixture { };

TEST_F(CanteenContentTest, TheDemoWeekOfMenusIsLoadedInTheHallsZone)
{
    EXPECT_EQ(count("SELECT count(*) FROM canteen_rules"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM canteen_dish"), 22);
    // Seven days, three meals each, on 2026-11-22 (day 0, the load day in Shanghai) to 11-28.
    EXPECT_EQ(count("SELECT count(DISTINCT meal_date || period) FROM canteen_offer"), 21);
    EXPECT_EQ(
        count("SELECT min(meal_date) = '2026-11-22' AND max(meal_date) = '2026-11-28' FROM canteen_offer"),
        1);
    // The menus change from day to day.
    EXPECT_EQ(count("SELECT count(DISTINCT m) FROM (SELECT group_concat(dish_id) m FROM (SELECT * FROM "
                    "canteen_offer WHERE period = 'lunch' ORDER BY dish_id) GROUP BY meal_date)"),
        7);

    const auto lunch = findOffer(*db, offerId(1, "lunch", "dish-set-a"));
    ASSERT_TRUE(lunch);
    EXPECT_EQ(lunch->priceFen, 1500);
    EXPECT_EQ(lunch->quota, 40);
    EXPECT_TRUE(lunch->delivery);
    EXPECT_EQ(lunch->category, QStringLiteral("set"));
    EXPECT_EQ(lunch->allergens, (QStringList{ "soy", "egg" }));
    EXPECT_EQ(lunch->picture, QStringLiteral("pictures/dish-set-a.svg"));
    // Every demo dish has its picture, and the file is in the demo folder.
    EXPECT_EQ(count("SELECT count(*) FROM canteen_dish WHERE picture = ''"), 0);
    for (auto q = db->prepare("SELECT picture FROM canteen_dish"); q.step();)
        EXPECT_TRUE(QFileInfo(QDir(QStringLiteral(LINLI_DEMO_DIR)).filePath(q.text(0))).isFile())
            << q.text(0).toStdString();
    EXPECT_EQ(lunch->orderByUtc, local("2026-11-23T10:00:00")); // lunch: by 10:00 the same day
    EXPECT_EQ(lunch->pickupFromUtc, local("2026-11-23T11:00:00"));
    EXPECT_EQ(lunch->pickupToUtc, local("2026-11-23T13:00:00"));
    EXPECT_EQ(lunch->deliveryFromUtc, local("2026-11-23T10:30:00"));
    const auto dinner = findOffer(*db, offerId(1, "dinner", "dish-soft-set"));
    ASSERT_TRUE(dinner);
    EXPECT_EQ(dinner->orderByUtc, local("2026-11-23T15:00:00"));
    EXPECT_EQ(dinner->tags, (QStringList{ "soft", "low_salt", "low_sugar" }));
    const auto breakfast = findOffer(*db, offerId(1, "breakfast", "dish-set-breakfast"));
    ASSERT_TRUE(breakfast);
    EXPECT_EQ(breakfast->orderByUtc, local("2026-11-22T19:00:00")); // the evening before
    EXPECT_FALSE(breakfast->delivery);
    // A menu item may carry its own price (day 6's dinner set B).
    EXPECT_EQ(findOffer(*db, offerId(6, "dinner", "dish-set-b"))->priceFen, 1000);

    const auto menu = menuFor(*db, QDate(2026, 11, 23), MealPeriod::Lunch);
    ASSERT_EQ(menu.size(), 7u);
    EXPECT_EQ(menu.front().dishId, QStringLiteral("dish-set-a")); // content order
}

TEST_F(CanteenContentTest, RulesAreDataAndReadBackAsTheContentStatesThem)
{
    const auto rules = loadCanteenRules(*db, QStringLiteral("canteen-baisuitang"));
    ASSERT_TRUE(rules);
    const SubsidyRules &s = rules->subsidy;
    EXPECT_EQ(s.appliesToCategories, QStringList{ QStringLiteral("set") });
    ASSERT_EQ(s.ageTiers.size(), 4u);
    EXPECT_EQ(s.ageTiers[0].minAge, 60);
    EXPECT_EQ(s.ageTiers[0].maxAge, 69);
    EXPECT_EQ(s.ageTiers[0].payPercent, 85);
    EXPECT_EQ(s.ageTiers[3].minAge, 90);
    EXPECT_FALSE(s.ageTiers[3].maxAge);
    EXPECT_EQ(s.ageTiers[3].payPercent, 50);
    ASSERT_EQ(s.tagPrices.size(), 3u);
    EXPECT_EQ(s.tagPrices[0].tag, QStringLiteral("低保"));
    EXPECT_EQ(s.tagPrices[1].payFen, 0);
    EXPECT_EQ(s.subsidisedPerPeriodPerDay, 1);
    EXPECT_EQ(s.rounding.unitFen, 10);
    EXPECT_EQ(s.rounding.mode, RoundingMode::HalfUp);
    EXPECT_EQ(s.monthlyCeilingFen, 30000);
    EXPECT_EQ(rules->delivery.feeFen, 300);
    EXPECT_EQ(rules->delivery.eligibleMinAge, 80);
    EXPECT_EQ(rules->maxPortionsPerOrder, 5);
}

TEST_F(CanteenContentTest, ResidentsHaveBirthDatesTagsAndDemoVouchers)
{
    const auto chen = loadDiner(*db, QStringLiteral("res-0004")); // 陈桂芳, card 3301050004
    ASSERT_TRUE(chen);
    EXPECT_EQ(chen->birthDate, QDate(1938, 4, 8));
    EXPECT_EQ(chen->tags, QStringList{ QStringLiteral("独居") });
    const auto liu = loadDiner(*db, QStringLiteral("res-0006")); // 刘志强, card 3301050006
    ASSERT_TRUE(liu);
    EXPECT_EQ(liu->birthDate.year(), 1963);
    EXPECT_EQ(loadDiner(*db, QStringLiteral("res-0003"))->tags, QStringList{ QStringLiteral("低保") });
    EXPECT_EQ(count("SELECT count(*) FROM resident WHERE birth_date IS NULL"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM resident WHERE card = '3301050004' AND name = '陈桂芳'"), 1);

    Vouchers vouchers(*db, clock);
    EXPECT_EQ(vouchers.balance(QStringLiteral("res-0004")), 5000);
    EXPECT_EQ(vouchers.balance(QStringLiteral("res-0006")), 0);
    const auto history = vouchers.history(QStringLiteral("res-0004"));
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].reason, VoucherReason::Grant);
    EXPECT_EQ(history[0].note.zh, QStringLiteral("社区爱心券"));
}

TEST_F(CanteenContentTest, ResidentsHaveRegisteredAddressesAndTheRoundsTheirOrder)
{
    EXPECT_EQ(count("SELECT count(*) FROM resident_address"), 8);
    const auto chen = linli::residents::loadAddress(*db, QStringLiteral("res-0004"));
    ASSERT_TRUE(chen);
    EXPECT_EQ(linli::residents::fullAddress(*chen).zh, QStringLiteral("小河佳苑北区18幢2单元302室"));
    const auto wang = linli::residents::loadAddress(*db, QStringLiteral("res-0003")); // a house on a lane
    ASSERT_TRUE(wang);
    EXPECT_EQ(linli::residents::fullAddress(*wang).en, QStringLiteral("No. 57, Xiaohe Zhijie"));

    // Rounds in the order they are driven, stops in the order they are visited, with the notes.
    EXPECT_EQ(count("SELECT group_concat(id, ' ') = 'round-north round-south' FROM (SELECT id FROM "
                    "delivery_round ORDER BY position)"),
        1);
    EXPECT_EQ(
        count(
            "SELECT group_concat(resident_id, ' ') = 'res-0004 res-0002 res-0005' FROM (SELECT s.resident_id "
            "FROM delivery_stop s JOIN delivery_round r ON r.id = s.round_id ORDER BY r.position, "
            "s.position)"),
        1);
    EXPECT_EQ(count("SELECT count(*) FROM delivery_stop WHERE resident_id = 'res-0004' AND note_zh = "
                    "'请多敲门，老人耳背' AND note_en <> ''"),
        1);
}

TEST_F(CanteenContentTest, LoadsOnlyOnce)
{
    const qint64 offers = count("SELECT count(*) FROM canteen_offer");
    const auto again = loadDemoCanteenContent(*db, QStringLiteral(LINLI_DEMO_DIR), clock.nowUtc().addDays(3));
    EXPECT_EQ(again.offers, 0);
    EXPECT_EQ(count("SELECT count(*) FROM canteen_offer"), offers);
    EXPECT_EQ(count("SELECT count(*) FROM voucher_ledger"), 3);
}

// Bad content: one value of the demo changed; the canteen loader refuses all of it, naming
// the file, the record and the field, and writes nothing.
struct Bad {
    const char *name;
    const char *file;
    const char *path;
    QJsonValue value;
    const char *recordId;
    const char *problem;
    const char *refusingFile = nullptr; // the file named, when not the one changed
};

void PrintTo(const Bad &b, std::ostream *os)
{
    *os << b.name;
}

class BadCanteenContentTest : public ::testing::TestWithParam<Bad> { };

TEST_P(BadCanteenContentTest, IsRefusedAsAWholeNamingFileAndField)
{
    const Bad &bad = GetParam();
    linli::test::TempDir content, data;
    const QString dir
        = test::editedDemo(content, QLatin1String(bad.file), QLatin1String(bad.path), bad.value);
    auto db = linli::storage::Database::open(data.file(QStringLiteral("k.db")));
    linli::storage::migrate(db, linli::storage::bundledMigrations());
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate);
    linli::content::loadDemoContentIfEmpty(db, dir, now);
    linli::booking::loadDemoBookingContent(db, dir, linli::residents::PinCost::Cheap);
    try {
        loadDemoCanteenContent(db, dir, now);
        ADD_FAILURE() << "no ContentError";
    } catch (const linli::content::ContentError &e) {
        EXPECT_EQ(e.file(), QLatin1String(bad.refusingFile ? bad.refusingFile : bad.file)) << e.what();
        EXPECT_EQ(e.recordId(), QLatin1String(bad.recordId)) << e.what();
        EXPECT_TRUE(e.problem().contains(QString::fromUtf8(bad.problem))) << e.what();
    }
    for (const char *table : { "canteen_rules", "canteen_dish", "canteen_offer", "voucher_ledger",
             "resident_tag", "resident_address", "delivery_round", "delivery_stop" })
        EXPECT_EQ(linli::storage::test::queryInt(db, std::string("SELECT count(*) FROM ") + table), 0)
            << table;
    EXPECT_EQ(
        linli::storage::test::queryInt(db, "SELECT count(*) FROM resident WHERE birth_date IS NOT NULL"), 0);
}

const char *const kCanteen = "canteen-baisuitang";

INSTANTIATE_TEST_SUITE_P(Fields, BadCanteenContentTest,
    ::testing::Values(Bad{ "NegativePrice", "canteen.json", "menu.0.price_fen", -5, kCanteen,
                          "\"menu[0].price_fen\" must be a whole number" },
        Bad{ "FractionalPrice", "canteen.json", "menu.1.price_fen", 12.5, kCanteen, "\"menu[1].price_fen\"" },
        Bad{ "UnknownTag", "canteen.json", "menu.2.tags", QJsonArray{ "spicy" }, kCanteen,
            "\"tags\" has \"spicy\"" },
        Bad{ "UnknownAllergen", "canteen.json", "menu.2.allergens", QJsonArray{ "gravel" }, kCanteen,
            "\"gravel\"" },
        Bad{ "UnknownDishOnMenu", "canteen.json", "menus.1.items.0.dish_id", "dish-nowhere", kCanteen,
            "\"menus[1].items[0].dish_id\" names unknown dish \"dish-nowhere\"" },
        Bad{ "NegativeQuota", "canteen.json", "menus.1.items.0.quota", -1, kCanteen,
            "\"menus[1].items[0].quota\"" },
        Bad{ "MissingQuota", "canteen.json", "menus.1.items.0.quota", QJsonValue::Undefined, kCanteen,
            "missing required field \"menus[1].items[0].quota\"" },
        Bad{ "UnknownPeriod", "canteen.json", "menus.1.period", "supper", kCanteen,
            "unknown menus[1].period \"supper\"" },
        Bad{ "DayOffsetTooFar", "canteen.json", "menus.1.day_offset", 40, kCanteen,
            "\"menus[1].day_offset\"" },
        Bad{ "DeliveryWithoutWindow", "canteen.json", "menus.0.items.0.delivery", true, kCanteen,
            "\"periods.breakfast.delivery\" gives no window" },
        Bad{ "BadCutOffTime", "canteen.json", "periods.lunch.order_by.time", "10:75", kCanteen,
            "\"periods.lunch.order_by.time\" is \"10:75\"" },
        Bad{ "CutOffAfterPickup", "canteen.json", "periods.lunch.order_by.time", "12:00", kCanteen,
            "must not be after pickup starts" },
        Bad{ "PickupBackwards", "canteen.json", "periods.dinner.pickup.to", "16:00", kCanteen,
            "\"pickup.to\" must be after" },
        Bad{ "DuplicateDish", "canteen.json", "menu.1.id", "dish-set-a", kCanteen,
            "duplicate dish id \"dish-set-a\"" },
        Bad{ "TierPercentOver100", "canteen.json", "subsidy.age_tiers.1.pay_percent", 120, kCanteen,
            "\"subsidy.age_tiers[1].pay_percent\" must be a whole number from 0 to 100" },
        Bad{ "TiersOverlap", "canteen.json", "subsidy.age_tiers.1.min_age", 65, kCanteen,
            "\"subsidy.age_tiers[1].min_age\" overlaps" },
        Bad{ "OpenTierNotLast", "canteen.json", "subsidy.age_tiers.0.max_age", QJsonValue::Undefined,
            kCanteen, "only the last tier may be open-ended" },
        Bad{ "UnknownRounding", "canteen.json", "subsidy.rounding.mode", "banker", kCanteen,
            "unknown subsidy.rounding.mode \"banker\"" },
        Bad{ "OddRoundingUnit", "canteen.json", "subsidy.rounding.unit_fen", 5, kCanteen,
            "\"subsidy.rounding.unit_fen\" must be 1, 10 or 100" },
        Bad{ "NoRounding", "canteen.json", "subsidy.rounding", QJsonValue::Undefined, kCanteen,
            "missing required field \"subsidy.rounding\"" },
        Bad{ "NoCeiling", "canteen.json", "subsidy.monthly_ceiling_fen", QJsonValue::Undefined, kCanteen,
            "missing required field \"subsidy.monthly_ceiling_fen\"" },
        Bad{ "NegativeTagPrice", "canteen.json", "subsidy.tag_prices.0.pay_fen", -300, kCanteen,
            "\"subsidy.tag_prices[0].pay_fen\"" },
        Bad{ "SubsidisedCategoryUnknown", "canteen.json", "subsidy.applies_to_categories",
            QJsonArray{ "dessert" }, kCanteen, "unknown category \"dessert\"" },
        Bad{ "PictureMissing", "canteen.json", "menu.3.picture", "pictures/dish-nowhere.svg", kCanteen,
            "\"menu[3].picture\" names \"pictures/dish-nowhere.svg\", which is not in the content folder" },
        Bad{ "PictureOutsideTheContentFolder", "canteen.json", "menu.3.picture", "../canteen.json", kCanteen,
            "\"menu[3].picture\" is \"../canteen.json\"; name a file inside the content folder" },
        Bad{ "PictureAbsolute", "canteen.json", "menu.3.picture", "/etc/hostname", kCanteen,
            "\"menu[3].picture\" is \"/etc/hostname\"" },
        Bad{ "PictureNotAPicture", "canteen.json", "menu.3.picture", "hall.json", kCanteen,
            "\"menu[3].picture\" is \"hall.json\"; a picture is an .svg, .png or .jpg file" },
        Bad{ "PictureNotAString", "canteen.json", "menu.3.picture", 7, kCanteen,
            "\"menu[3].picture\" must be a string" },
        Bad{ "VoucherForNobody", "canteen.json", "demo_vouchers.0.resident_id", "res-9999", kCanteen,
            "\"demo_vouchers[0].resident_id\" names unknown resident \"res-9999\"" },
        Bad{ "VoucherZero", "canteen.json", "demo_vouchers.0.amount_fen", 0, kCanteen,
            "\"demo_vouchers[0].amount_fen\"" },
        Bad{ "BirthDateNotADate", "residents.json", "3.birth_date", "1938-02-30", "res-0004",
            "\"birth_date\" is \"1938-02-30\"" },
        Bad{ "BirthDateDisagreesWithYear", "residents.json", "3.birth_date", "1939-04-08", "res-0004",
            "disagrees with \"birth_year\"" },
        Bad{ "EmptyResidentTag", "residents.json", "2.tags", QJsonArray{ "" }, "res-0003", "\"tags\"" },
        Bad{ "AddressWithoutDoor", "residents.json", "3.address.door", QJsonValue::Undefined, "res-0004",
            "missing required field \"address.door\"" },
        Bad{ "AddressUnitNotANumber", "residents.json", "3.address.unit", "2 单元", "res-0004",
            "\"address.unit\" is \"2 单元\"" },
        Bad{ "AddressAreaNotBilingual", "residents.json", "3.address.area", "小河佳苑北区", "res-0004",
            "\"address.area\" must be an object" },
        Bad{ "StopForNobody", "canteen.json", "delivery_rounds.0.stops.0.resident_id", "res-9999", kCanteen,
            "\"delivery_rounds[0].stops[0].resident_id\" names unknown resident \"res-9999\"" },
        Bad{ "StopWithoutAddress", "residents.json", "3.address", QJsonValue::Undefined, kCanteen,
            "resident \"res-0004\" has no registered \"address\"", "canteen.json" },
        Bad{ "StopTwice", "canteen.json", "delivery_rounds.1.stops.0.resident_id", "res-0004", kCanteen,
            "\"delivery_rounds[1].stops[0].resident_id\": resident \"res-0004\" is already a stop of round "
            "\"round-north\"" },
        Bad{ "RoundIdTwice", "canteen.json", "delivery_rounds.1.id", "round-north", kCanteen,
            "duplicate delivery round id \"round-north\"" },
        Bad{ "RoundWithoutName", "canteen.json", "delivery_rounds.0.name", QJsonValue::Undefined, kCanteen,
            "missing required field \"delivery_rounds[0].name\"" },
        Bad{ "RoundStopsNotAList", "canteen.json", "delivery_rounds.0.stops", "res-0004", kCanteen,
            "\"delivery_rounds[0].stops\" must be a list" },
        Bad{ "NoteNotBilingual", "canteen.json", "delivery_rounds.0.stops.0.note", "请多敲门", kCanteen,
            "\"delivery_rounds[0].stops[0].note\" must be an object" }),
    [](const ::testing::TestParamInfo<Bad> &p) { return std::string(p.param.name); });

} // namespace
