// Registered addresses: written in full for staff, masked on the kiosk's public screen so that a
// resident recognises her home and nobody behind her learns her door; read from residents.json
// with the field named when wrong; stored per resident.
#include "content/content_error.h"
#include "content/json_record.h"
#include "residents/address.h"
#include "storage/migrations.h"
#include "unit/storage/storage_test_util.h"

#include <gmock/gmock.h>
#include <QJsonDocument>

using namespace linli::residents;
using linli::LocalizedText;

namespace {

Address flat(const char *building, const char *unit, const char *door)
{
    return { { QStringLiteral("小河佳苑北区"), QStringLiteral("Xiaohe Jiayuan North") },
        QString::fromLatin1(building), QString::fromLatin1(unit), QString::fromLatin1(door) };
}

const Address kLaneHouse{ { QStringLiteral("小河直街"), QStringLiteral("Xiaohe Zhijie") }, {}, {},
    QStringLiteral("57") };

TEST(Address, InFullNamesCompoundBuildingUnitAndFlatInEachLanguagesOrder)
{
    EXPECT_EQ(fullAddress(flat("18", "2", "302")),
        (LocalizedText{ QStringLiteral("小河佳苑北区18幢2单元302室"),
            QStringLiteral("Flat 302, Unit 2, Building 18, Xiaohe Jiayuan North") }));
    EXPECT_EQ(fullAddress(flat("12", "", "101")),
        (LocalizedText{ QStringLiteral("小河佳苑北区12幢101室"),
            QStringLiteral("Flat 101, Building 12, Xiaohe Jiayuan North") }));
    EXPECT_EQ(fullAddress(kLaneHouse),
        (LocalizedText{ QStringLiteral("小河直街57号"), QStringLiteral("No. 57, Xiaohe Zhijie") }));
}

TEST(Address, MaskedKeepsCompoundAndBuildingAndHidesUnitAndDoor)
{
    const LocalizedText masked = maskedAddress(flat("18", "2", "302"));
    EXPECT_EQ(masked.zh, QStringLiteral("小河佳苑北区18幢**单元**室"));
    EXPECT_EQ(masked.en, QStringLiteral("Flat **, Unit **, Building 18, Xiaohe Jiayuan North"));
    for (const QString &text : { masked.zh, masked.en }) {
        EXPECT_FALSE(text.contains(QStringLiteral("302"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("2单元"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Unit 2"))) << text.toStdString();
    }
    // A house on a lane keeps the lane and hides the number.
    EXPECT_EQ(maskedAddress(kLaneHouse),
        (LocalizedText{ QStringLiteral("小河直街**号"), QStringLiteral("No. **, Xiaohe Zhijie") }));
    // No unit: none is invented.
    EXPECT_EQ(maskedAddress(flat("12", "", "101")).zh, QStringLiteral("小河佳苑北区12幢**室"));
}

TEST(Address, MaskedTellsNeitherTheFloorNorTheLengthOfTheNumber)
{
    // 1203 (12th floor) and 302 (3rd floor), unit 2 and unit 12 of the same building read the same.
    EXPECT_EQ(maskedAddress(flat("18", "2", "302")), maskedAddress(flat("18", "12", "1203")));
    EXPECT_NE(maskedAddress(flat("18", "2", "302")), maskedAddress(flat("19", "2", "302")));
}

linli::content::Record resident(const char *json)
{
    return { QStringLiteral("residents.json"), QStringLiteral("res-0004"),
        QJsonDocument::fromJson(QByteArray(json)).object() };
}

TEST(Address, IsReadFromTheResidentsRecord)
{
    const auto a
        = parseAddress(resident(R"({"address": {"area": {"zh": "小河佳苑北区", "en": "Xiaohe Jiayuan North"},
        "building": "18", "unit": "2", "door": "302"}})"));
    ASSERT_TRUE(a);
    EXPECT_EQ(*a, flat("18", "2", "302"));
    EXPECT_FALSE(parseAddress(resident(R"({"name": "陈桂芳"})"))); // none registered
}

std::string refusal(const char *json)
{
    try {
        parseAddress(resident(json));
    } catch (const linli::content::ContentError &e) {
        EXPECT_EQ(e.file(), QStringLiteral("residents.json"));
        EXPECT_EQ(e.recordId(), QStringLiteral("res-0004"));
        return e.problem().toStdString();
    }
    ADD_FAILURE() << "accepted: " << json;
    return {};
}

TEST(Address, BadAddressesAreRefusedNamingTheField)
{
    using ::testing::HasSubstr;
    const char *area = R"("area": {"zh": "小河佳苑北区", "en": "Xiaohe Jiayuan North"})";
    const auto with = [&](const char *rest) {
        return QStringLiteral(R"({"address": {%1%2}})")
            .arg(QLatin1String(area), QString::fromUtf8(rest))
            .toStdString();
    };
    EXPECT_THAT(refusal(with(R"(, "building": "18")").c_str()), HasSubstr("\"address.door\""));
    EXPECT_THAT(refusal(with(R"(, "building": "18", "door": "3 02")").c_str()),
        HasSubstr("\"address.door\" is \"3 02\""));
    EXPECT_THAT(
        refusal(with(R"(, "building": 18, "door": "302")").c_str()), HasSubstr("\"address.building\""));
    EXPECT_THAT(refusal(with(R"(, "unit": "2", "door": "302")").c_str()),
        HasSubstr("\"address.unit\" is given but \"address.building\" is not"));
    EXPECT_THAT(
        refusal(R"({"address": {"area": "小河佳苑北区", "door": "302"}})"), HasSubstr("\"address.area\""));
    EXPECT_THAT(refusal(R"({"address": "小河佳苑北区18幢2单元302室"})"), HasSubstr("\"address\""));
}

TEST(Address, IsStoredOnePerResident)
{
    auto db = linli::storage::Database::openInMemory();
    linli::storage::migrate(db, linli::storage::bundledMigrations());
    db.exec("INSERT INTO resident(id, name) VALUES ('res-0004', '陈桂芳'), ('res-0006', '刘志强')");
    EXPECT_FALSE(loadAddress(db, QStringLiteral("res-0004")));
    storeAddress(db, QStringLiteral("res-0004"), flat("18", "2", "302"));
    storeAddress(db, QStringLiteral("res-0006"), kLaneHouse);
    EXPECT_EQ(loadAddress(db, QStringLiteral("res-0004")), flat("18", "2", "302"));
    EXPECT_EQ(loadAddress(db, QStringLiteral("res-0006")), kLaneHouse);
    storeAddress(db, QStringLiteral("res-0004"), flat("9", "1", "502")); // moved house
    EXPECT_EQ(loadAddress(db, QStringLiteral("res-0004")), flat("9", "1", "502"));
    EXPECT_EQ(linli::storage::test::queryInt(db, "SELECT count(*) FROM resident_address"), 2);
}

} // namespace
