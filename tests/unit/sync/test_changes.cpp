// The catalog's changes applied: records parsed as the content loader parses them, written in
// place, tombstones delete, the search index follows; kiosk keys, revoked tickets, staff; a bad
// record changes nothing.
#include "canteen/menu.h"
#include "maintenance/staff_sign_in.h"
#include "residents/identification.h"
#include "residents/pin_hash.h"
#include "storage/transaction.h"
#include "sync/catalog_changes.h"
#include "sync/resident_wipe.h"
#include "sync/sync_error.h"
#include "sync_fixture.h"
#include "tickets/key_registry.h"

#include <QFile>
#include <QJsonArray>

namespace linli::sync::test {
namespace {

using ChangesTest = SyncFixture;

QJsonObject text(const char *zh, const char *en)
{
    return { { QStringLiteral("zh"), QString::fromUtf8(zh) },
        { QStringLiteral("en"), QString::fromUtf8(en) } };
}

QJsonObject notice(const char *id, const char *titleEn)
{
    return { { QStringLiteral("id"), QString::fromLatin1(id) },
        { QStringLiteral("priority"), QStringLiteral("normal") },
        { QStringLiteral("title"), text("停水通知", titleEn) },
        { QStringLiteral("body"), text("明天停水。", "No water tomorrow.") },
        { QStringLiteral("valid_from_offset_days"), 0 }, { QStringLiteral("valid_days"), 3 } };
}

// A staff record as the central sends one: the PIN only as its Argon2id hash.
QJsonObject newStaff(const char *id, const char *card, const char *pin)
{
    return { { QStringLiteral("id"), QString::fromLatin1(id) },
        { QStringLiteral("name"), QStringLiteral("赵师傅") },
        { QStringLiteral("role"), QStringLiteral("canteen") },
        { QStringLiteral("card"), QString::fromLatin1(card) },
        { QStringLiteral("pin_hash"),
            residents::hashPin(QString::fromLatin1(pin), residents::PinCost::Cheap) } };
}

ChangesApplied apply(storage::Database &db, const v1::SyncResponse &r, const QDateTime &now)
{
    storage::Transaction tx(db);
    ChangesApplied applied = applyChanges(db, r, now);
    tx.commit();
    return applied;
}

TEST_F(ChangesTest, ANewNoticeIsStoredAndFoundBySearch)
{
    v1::SyncResponse r = emptyResponse(1);
    addChange(r, 1, "notices", QStringLiteral("ntc-water"), notice("ntc-water", "Water off tomorrow"));
    const ChangesApplied applied = apply(*db, r, clock.nowUtc());
    EXPECT_EQ(applied.written, 1);
    EXPECT_TRUE(applied.catalogChanged);
    EXPECT_EQ(count("SELECT count(*) FROM notice WHERE id = 'ntc-water' AND title_en = 'Water off tomorrow' "
                    "AND valid_until_utc > valid_from_utc"),
        1);
    EXPECT_EQ(count("SELECT count(*) FROM search_index WHERE ref_id = 'ntc-water'"), 1);

    v1::SyncResponse edit = emptyResponse(2);
    addChange(edit, 2, "notices", QStringLiteral("ntc-water"), notice("ntc-water", "Water off on Friday"));
    apply(*db, edit, clock.nowUtc());
    EXPECT_EQ(
        count("SELECT count(*) FROM notice WHERE id = 'ntc-water' AND title_en = 'Water off on Friday'"), 1);
}

TEST_F(ChangesTest, ARemovedRoomArrivesAsADeletionAndLeavesBookingsAlone)
{
    const QString booking = bookDance();
    const qint64 roomCount = count("SELECT count(*) FROM room");
    v1::SyncResponse r = emptyResponse(5);
    addChange(r, 5, "rooms", QStringLiteral("room-dance"));
    EXPECT_EQ(apply(*db, r, clock.nowUtc()).deleted, 1);
    EXPECT_EQ(count("SELECT count(*) FROM room"), roomCount - 1);
    EXPECT_EQ(count("SELECT count(*) FROM room WHERE id = 'room-dance'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM search_index WHERE ref_id = 'room-dance'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM booking"), 1) << "the booking keeps its room id";
}

TEST_F(ChangesTest, AChangedRoomIsUpdatedInPlaceKeepingItsBookingRules)
{
    const qint64 rules = count("SELECT count(*) FROM room_booking_rule WHERE room_id = 'room-dance'");
    ASSERT_EQ(rules, 1);
    QJsonObject room{ { QStringLiteral("id"), QStringLiteral("room-dance") },
        { QStringLiteral("kind"), QStringLiteral("activity") },
        { QStringLiteral("name"), text("舞蹈排练厅", "Dance Studio") }, { QStringLiteral("floor"), 2 },
        { QStringLiteral("plan"),
            QJsonObject{ { QStringLiteral("x"), 1 }, { QStringLiteral("y"), 1 }, { QStringLiteral("w"), 5 },
                { QStringLiteral("h"), 5 } } },
        { QStringLiteral("bookable"), true } };
    v1::SyncResponse r = emptyResponse(6);
    addChange(r, 6, "rooms", QStringLiteral("room-dance"), room);
    apply(*db, r, clock.nowUtc());
    EXPECT_EQ(count("SELECT count(*) FROM room WHERE id = 'room-dance' AND name_en = 'Dance Studio'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM room_booking_rule WHERE room_id = 'room-dance'"), 1);
}

TEST_F(ChangesTest, GuidesAndFacilitiesFollowTheCentral)
{
    const QJsonObject guide{ { QStringLiteral("id"), QStringLiteral("svc-new") },
        { QStringLiteral("category"), QStringLiteral("elderly") },
        { QStringLiteral("title"), text("助浴服务", "Bathing help") },
        { QStringLiteral("summary"), text("上门助浴。", "Help with bathing at home.") },
        { QStringLiteral("materials"),
            QJsonObject{ { QStringLiteral("zh"), QJsonArray{ QStringLiteral("身份证") } },
                { QStringLiteral("en"), QJsonArray{ QStringLiteral("ID card") } } } },
        { QStringLiteral("steps"),
            QJsonObject{ { QStringLiteral("zh"), QJsonArray{ QStringLiteral("预约") } },
                { QStringLiteral("en"), QJsonArray{ QStringLiteral("Book") } } } } };
    auto facilityId = [this] {
        auto q = db->prepare("SELECT id FROM facility ORDER BY id LIMIT 1");
        q.step();
        return q.text(0);
    };
    const QString gone = facilityId();
    v1::SyncResponse r = emptyResponse(31);
    addChange(r, 30, "services", QStringLiteral("svc-new"), guide);
    addChange(r, 31, "facilities", gone);
    const ChangesApplied applied = apply(*db, r, clock.nowUtc());
    EXPECT_EQ(applied.written, 1);
    EXPECT_EQ(applied.deleted, 1);
    EXPECT_EQ(
        count("SELECT count(*) FROM service_guide WHERE id = 'svc-new' AND title_en = 'Bathing help'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM search_index WHERE ref_id = 'svc-new'"), 1);
    EXPECT_NE(facilityId(), gone);
}

TEST_F(ChangesTest, TheKiosksOwnHallChangesAnotherHallDoesNot)
{
    auto hall = [](const char *id, const char *nameEn) {
        return QJsonObject{ { QStringLiteral("id"), QString::fromLatin1(id) },
            { QStringLiteral("name"), text("长征桥社区服务中心", nameEn) },
            { QStringLiteral("subdistrict"), text("小河街道", "Xiaohe Subdistrict") },
            { QStringLiteral("address"), text("长征桥路1号", "1 Changzhengqiao Rd") },
            { QStringLiteral("phone"), QStringLiteral("0571-8000-0199") },
            { QStringLiteral("timezone"), QStringLiteral("Asia/Shanghai") },
            { QStringLiteral("floors"),
                QJsonArray{ QJsonObject{
                    { QStringLiteral("level"), 1 }, { QStringLiteral("name"), text("一楼", "1F") } } } } };
    };
    v1::SyncResponse r = emptyResponse(41);
    addChange(r, 40, "hall", QStringLiteral("hall-changzhengqiao"),
        hall("hall-changzhengqiao", "Changzhengqiao Centre"));
    addChange(r, 41, "hall", QStringLiteral("hall-elsewhere"), hall("hall-elsewhere", "Elsewhere"));
    const ChangesApplied applied = apply(*db, r, clock.nowUtc());
    EXPECT_EQ(applied.written, 1);
    EXPECT_EQ(applied.skipped, 1);
    EXPECT_EQ(count("SELECT count(*) FROM hall"), 1);
    EXPECT_EQ(
        count(
            "SELECT count(*) FROM hall WHERE name_en = 'Changzhengqiao Centre' AND phone = '0571-8000-0199'"),
        1);
}

TEST_F(ChangesTest, ABadRecordIsRefusedNamingItAndNothingIsWritten)
{
    v1::SyncResponse r = emptyResponse(9);
    addChange(r, 8, "notices", QStringLiteral("ntc-ok"), notice("ntc-ok", "Fine"));
    QJsonObject bad = notice("ntc-bad", "Bad");
    bad.insert(QStringLiteral("priority"), QStringLiteral("shouting"));
    addChange(r, 9, "notices", QStringLiteral("ntc-bad"), bad);
    try {
        apply(*db, r, clock.nowUtc());
        FAIL() << "a bad record must be refused";
    } catch (const BadResponse &e) {
        EXPECT_THAT(e.why().en.toStdString(), ::testing::HasSubstr("notices/ntc-bad"));
        EXPECT_THAT(e.why().en.toStdString(), ::testing::HasSubstr("priority"));
    }
    EXPECT_EQ(count("SELECT count(*) FROM notice WHERE id IN ('ntc-ok', 'ntc-bad')"), 0);

    v1::SyncResponse notJson = emptyResponse(10);
    addChange(notJson, 10, "events", QStringLiteral("evt-x"), {});
    notJson.mutable_changes(0)->set_deleted(false);
    notJson.mutable_changes(0)->set_record("{not json");
    EXPECT_THROW(apply(*db, notJson, clock.nowUtc()), BadResponse);
}

TEST_F(ChangesTest, KioskKeysAndRevokedTicketsReachTheTicketRules)
{
    const SigningKey other = SigningKey::generate();
    v1::SyncResponse r = emptyResponse(12);
    addChange(r, 11, "kiosk_keys", QStringLiteral("kiosk-7"),
        { { QStringLiteral("id"), QStringLiteral("kiosk-7") },
            { QStringLiteral("public_key"), QString::fromLatin1(other.publicKey().toBase64()) } });
    const IssuedTicket ticket = danceTicket();
    const QString ticketHex = QString::fromLatin1(ticket.ticket.ticketId.toHex());
    addChange(r, 12, "revoked_tickets", ticketHex,
        { { QStringLiteral("id"), ticketHex }, { QStringLiteral("ticket_id"), ticketHex } });
    const ChangesApplied applied = apply(*db, r, clock.nowUtc());
    EXPECT_EQ(applied.written, 2);
    EXPECT_EQ(tickets::publicKeyOf(*db, other.keyId()), other.publicKey());
    EXPECT_EQ(count("SELECT count(*) FROM ticket_revocation WHERE origin = 'sync'"), 1);
    EXPECT_EQ(office->inspect(ticket.text).status, TicketStatus::Revoked);

    v1::SyncResponse gone = emptyResponse(13);
    addChange(gone, 13, "kiosk_keys", QStringLiteral("kiosk-7"));
    apply(*db, gone, clock.nowUtc());
    EXPECT_FALSE(tickets::publicKeyOf(*db, other.keyId()).has_value());
    EXPECT_TRUE(tickets::publicKeyOf(*db, key->keyId()).has_value()) << "never the kiosk's own key";
}

// `config` is still skipped: what it would carry (the sync interval) is read from the kiosk's
// INI file at start, and there is no place yet that a live change could go.
TEST_F(ChangesTest, CollectionsNotTakenYetAreSkippedAndSaidSo)
{
    v1::SyncResponse r = emptyResponse(3);
    addChange(r, 3, "floor_signs", QStringLiteral("sign-1"),
        { { QStringLiteral("id"), QStringLiteral("sign-1") } });
    addChange(r, 4, "staff", QStringLiteral("staff-new"), newStaff("staff-new", "9900000077", "112233"));
    const ChangesApplied applied = apply(*db, r, clock.nowUtc());
    EXPECT_EQ(applied.skipped, 1);
    EXPECT_EQ(applied.written, 1) << "staff is taken";
    EXPECT_EQ(applied.skippedCollections, QStringList{ QStringLiteral("floor_signs") });
}

TEST_F(ChangesTest, AStaffMemberAddedCentrallySignsInWithCardAndPinAndATombstoneDisablesThem)
{
    v1::SyncResponse r = emptyResponse(30);
    addChange(r, 30, "staff", QStringLiteral("staff-new"), newStaff("staff-new", "9900000077", "112233"));
    EXPECT_EQ(apply(*db, r, clock.nowUtc()).written, 1);
    EXPECT_TRUE(maintenance::isStaffCard(*db, QStringLiteral("9900000077")));
    const auto signedIn
        = maintenance::signInStaff(*db, clock, zone, QStringLiteral("9900000077"), QStringLiteral("112233"));
    ASSERT_TRUE(signedIn.ok);
    EXPECT_EQ(signedIn.value.id, QStringLiteral("staff-new"));
    EXPECT_EQ(signedIn.value.role, maintenance::StaffRole::Canteen);
    EXPECT_FALSE(
        maintenance::signInStaff(*db, clock, zone, QStringLiteral("9900000077"), QStringLiteral("999999"))
            .ok);

    QJsonObject promoted = newStaff("staff-new", "9900000078", "445566");
    promoted.insert(QStringLiteral("role"), QStringLiteral("administrator"));
    v1::SyncResponse edit = emptyResponse(31);
    addChange(edit, 31, "staff", QStringLiteral("staff-new"), promoted);
    apply(*db, edit, clock.nowUtc());
    EXPECT_FALSE(maintenance::isStaffCard(*db, QStringLiteral("9900000077")))
        << "the old card no longer opens";
    const auto again
        = maintenance::signInStaff(*db, clock, zone, QStringLiteral("9900000078"), QStringLiteral("445566"));
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(again.value.role, maintenance::StaffRole::Administrator);

    v1::SyncResponse gone = emptyResponse(32);
    addChange(gone, 32, "staff", QStringLiteral("staff-new"));
    EXPECT_EQ(apply(*db, gone, clock.nowUtc()).deleted, 1);
    EXPECT_FALSE(maintenance::isStaffCard(*db, QStringLiteral("9900000078")));
    EXPECT_FALSE(
        maintenance::signInStaff(*db, clock, zone, QStringLiteral("9900000078"), QStringLiteral("445566"))
            .ok);
    EXPECT_EQ(count("SELECT count(*) FROM staff WHERE id = 'staff-new' AND active = 0 AND card IS NULL"), 1);
}

TEST_F(ChangesTest, ABadStaffRecordRefusesTheWholeResponse)
{
    const qint64 before = count("SELECT count(*) FROM staff");
    const auto refused = [&](QJsonObject record, const char *why) {
        v1::SyncResponse r = emptyResponse(40);
        addChange(r, 40, "notices", QStringLiteral("ntc-staff"), notice("ntc-staff", "Staff news"));
        addChange(r, 41, "staff", QStringLiteral("staff-bad"), record);
        try {
            apply(*db, r, clock.nowUtc());
            ADD_FAILURE() << "accepted: " << why;
        } catch (const BadResponse &e) {
            EXPECT_TRUE(e.why().zh.contains(QStringLiteral("staff/staff-bad"))) << why;
            EXPECT_TRUE(e.why().en.contains(QStringLiteral("staff/staff-bad"))) << why;
        }
        EXPECT_EQ(count("SELECT count(*) FROM notice WHERE id = 'ntc-staff'"), 0) << why;
        EXPECT_EQ(count("SELECT count(*) FROM staff"), before) << why;
    };
    QJsonObject plain = newStaff("staff-bad", "9900000079", "112233");
    plain.insert(QStringLiteral("pin"), QStringLiteral("112233"));
    refused(plain, "a PIN in the clear");
    QJsonObject role = newStaff("staff-bad", "9900000079", "112233");
    role.insert(QStringLiteral("role"), QStringLiteral("janitor"));
    refused(role, "an unknown role");
    QJsonObject hash = newStaff("staff-bad", "9900000079", "112233");
    hash.insert(QStringLiteral("pin_hash"), QStringLiteral("112233"));
    refused(hash, "a PIN hash that is not Argon2id");
    refused(newStaff("staff-bad", "99-00", "112233"), "a card that is not digits");
    v1::SyncResponse taken = emptyResponse(39);
    addChange(
        taken, 39, "staff", QStringLiteral("staff-first"), newStaff("staff-first", "9900000080", "112233"));
    apply(*db, taken, clock.nowUtc());
    const qint64 withFirst = count("SELECT count(*) FROM staff");
    v1::SyncResponse twice = emptyResponse(42);
    addChange(twice, 42, "staff", QStringLiteral("staff-bad"), newStaff("staff-bad", "9900000080", "112233"));
    EXPECT_THROW(apply(*db, twice, clock.nowUtc()), BadResponse) << "another member's card";
    EXPECT_EQ(count("SELECT count(*) FROM staff"), withFirst);
}

TEST_F(ChangesTest, ARevokedKioskWipesItsResidentsData)
{
    bookDance();
    orderLunch();
    ASSERT_GT(count("SELECT count(*) FROM resident WHERE card IS NOT NULL"), 0);
    EXPECT_EQ(wipeResidents(*db), count("SELECT count(*) FROM resident"));
    EXPECT_EQ(
        count("SELECT count(*) FROM resident WHERE name <> '' OR card IS NOT NULL OR phone IS NOT NULL OR "
              "pin_hash IS NOT NULL OR birth_date IS NOT NULL"),
        0);
    EXPECT_EQ(count("SELECT count(*) FROM resident_address"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM resident_tag"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM delivery_stop"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM booking"), 1) << "the records stay, naming nobody";
}

QJsonObject newResident(const QString &pinHash)
{
    return { { QStringLiteral("id"), QStringLiteral("res-0900") },
        { QStringLiteral("name"), QStringLiteral("钱秀兰") },
        { QStringLiteral("card"), QStringLiteral("3301059900") },
        { QStringLiteral("phone"), QStringLiteral("13800009900") }, { QStringLiteral("pin_hash"), pinHash },
        { QStringLiteral("birth_date"), QStringLiteral("1941-06-02") },
        { QStringLiteral("tags"), QJsonArray{ QStringLiteral("lives_alone") } },
        { QStringLiteral("address"),
            QJsonObject{ { QStringLiteral("area"), text("董祥巷", "Dongxiang Lane") },
                { QStringLiteral("door"), QStringLiteral("28") } } } };
}

TEST_F(ChangesTest, AResidentAddedCentrallySignsInWithTheirPinAndATombstoneWipesThem)
{
    v1::SyncResponse r = emptyResponse(20);
    addChange(r, 20, "residents", QStringLiteral("res-0900"),
        newResident(residents::hashPin(QStringLiteral("246810"), residents::PinCost::Cheap)));
    EXPECT_EQ(apply(*db, r, clock.nowUtc()).written, 1);
    const auto signedIn
        = residents::identifyByPin(*db, clock, zone, QStringLiteral("13800009900"), QStringLiteral("246810"));
    ASSERT_TRUE(signedIn.ok);
    EXPECT_EQ(signedIn.value.residentId, QStringLiteral("res-0900"));
    EXPECT_FALSE(
        residents::identifyByPin(*db, clock, zone, QStringLiteral("13800009900"), QStringLiteral("111111"))
            .ok);
    EXPECT_EQ(count("SELECT count(*) FROM resident WHERE id = 'res-0900' AND birth_date = '1941-06-02'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM resident_tag WHERE resident_id = 'res-0900'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM resident_address WHERE resident_id = 'res-0900'"), 1);

    v1::SyncResponse gone = emptyResponse(21);
    addChange(gone, 21, "residents", QStringLiteral("res-0900"));
    EXPECT_EQ(apply(*db, gone, clock.nowUtc()).deleted, 1);
    EXPECT_FALSE(
        residents::identifyByPin(*db, clock, zone, QStringLiteral("13800009900"), QStringLiteral("246810"))
            .ok);
    EXPECT_FALSE(residents::identifyByCard(*db, QStringLiteral("3301059900")).ok);
    EXPECT_EQ(count("SELECT count(*) FROM resident WHERE id = 'res-0900' AND name = '' AND card IS NULL AND "
                    "phone IS NULL AND pin_hash IS NULL AND birth_date IS NULL"),
        1);
    EXPECT_EQ(count("SELECT count(*) FROM resident_tag WHERE resident_id = 'res-0900'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM resident_address WHERE resident_id = 'res-0900'"), 0);
    EXPECT_GT(count("SELECT count(*) FROM resident WHERE name <> ''"), 0) << "only that resident is wiped";
}

TEST_F(ChangesTest, AChangedResidentIsUpdatedInPlaceKeepingTheirBookings)
{
    const QString booking = bookDance();
    auto q = db->prepare("SELECT resident_id FROM booking");
    ASSERT_TRUE(q.step());
    const QString who = q.text(0);
    QJsonObject changed
        = newResident(residents::hashPin(QStringLiteral("135790"), residents::PinCost::Cheap));
    changed.insert(QStringLiteral("id"), who);
    changed.remove(QStringLiteral("address"));
    v1::SyncResponse r = emptyResponse(22);
    addChange(r, 22, "residents", who, changed);
    apply(*db, r, clock.nowUtc());
    EXPECT_TRUE(
        residents::identifyByPin(*db, clock, zone, QStringLiteral("13800009900"), QStringLiteral("135790"))
            .ok);
    EXPECT_EQ(count("SELECT count(*) FROM booking"), 1);
    EXPECT_EQ(
        count("SELECT count(*) FROM resident_address WHERE resident_id = (SELECT resident_id FROM booking)"),
        0)
        << "the record has no address any more";
}

TEST_F(ChangesTest, AResidentWithAPlainPinABadHashOrAnothersCardIsRefused)
{
    const QString hash = residents::hashPin(QStringLiteral("246810"), residents::PinCost::Cheap);
    QJsonObject plain = newResident(hash);
    plain.insert(QStringLiteral("pin"), QStringLiteral("246810"));
    QJsonObject badHash = newResident(QStringLiteral("246810"));
    QJsonObject othersCard = newResident(hash);
    auto card = db->prepare("SELECT card FROM resident WHERE card IS NOT NULL LIMIT 1");
    ASSERT_TRUE(card.step());
    othersCard.insert(QStringLiteral("card"), card.text(0));
    for (const auto &[record, field] : { std::pair{ plain, "PIN in the clear" },
             std::pair{ badHash, "pin_hash" }, std::pair{ othersCard, "card" } }) {
        v1::SyncResponse r = emptyResponse(30);
        addChange(r, 30, "residents", QStringLiteral("res-0900"), record);
        try {
            apply(*db, r, clock.nowUtc());
            ADD_FAILURE() << "refused: " << field;
        } catch (const BadResponse &e) {
            EXPECT_THAT(e.why().en.toStdString(), ::testing::HasSubstr("residents/res-0900"));
            EXPECT_THAT(e.why().en.toStdString(), ::testing::HasSubstr(field));
            EXPECT_FALSE(e.why().zh.isEmpty());
        }
        EXPECT_EQ(count("SELECT count(*) FROM resident WHERE id = 'res-0900'"), 0);
    }
}

// deploy/demo's canteen record without `dishId` (on its menu and in its meals).
QJsonObject demoCanteenWithout(const QString &dishId)
{
    QFile f(QStringLiteral(LINLI_DEMO_DIR "/canteen.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject canteen = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray dishes = canteen.value(QStringLiteral("menu")).toArray();
    for (qsizetype i = dishes.size() - 1; i >= 0; --i)
        if (dishes[i].toObject().value(QStringLiteral("id")).toString() == dishId)
            dishes.removeAt(i);
    canteen.insert(QStringLiteral("menu"), dishes);
    QJsonArray meals = canteen.value(QStringLiteral("menus")).toArray();
    for (qsizetype m = 0; m < meals.size(); ++m) {
        QJsonObject meal = meals[m].toObject();
        QJsonArray items = meal.value(QStringLiteral("items")).toArray();
        for (qsizetype i = items.size() - 1; i >= 0; --i)
            if (items[i].toObject().value(QStringLiteral("dish_id")).toString() == dishId)
                items.removeAt(i);
        meal.insert(QStringLiteral("items"), items);
        meals[m] = meal;
    }
    canteen.insert(QStringLiteral("menus"), meals);
    return canteen;
}

bool onMenu(storage::Database &db, const QDate &day, const char *dishId)
{
    for (const canteen::MenuOffer &o : canteen::menuFor(db, day, canteen::MealPeriod::Lunch))
        if (o.dishId == QLatin1String(dishId))
            return true;
    return false;
}

TEST_F(ChangesTest, ADishRemovedCentrallyLeavesTheMenuAndOrdersPlacedStay)
{
    const QString order = orderLunch(); // dish-set-a, lunch of 2026-11-23, two servings
    const QDate day(2026, 11, 23);
    ASSERT_TRUE(onMenu(*db, day, "dish-set-a"));
    ASSERT_TRUE(onMenu(*db, day, "dish-set-b"));
    const qint64 offers = count("SELECT count(*) FROM canteen_offer WHERE removed = 0");
    const qint64 grants = count("SELECT count(*) FROM voucher_ledger WHERE reason = 'grant'");

    v1::SyncResponse r = emptyResponse(40);
    addChange(r, 40, "canteen", QStringLiteral("canteen-baisuitang"),
        demoCanteenWithout(QStringLiteral("dish-set-a")));
    const ChangesApplied applied = apply(*db, r, clock.nowUtc());
    EXPECT_EQ(applied.written, 1);
    EXPECT_EQ(applied.skipped, 0);
    EXPECT_FALSE(onMenu(*db, day, "dish-set-a"));
    EXPECT_FALSE(onMenu(*db, clock.nowUtc().date(), "dish-set-a"));
    EXPECT_TRUE(onMenu(*db, day, "dish-set-b"));
    EXPECT_LT(count("SELECT count(*) FROM canteen_offer WHERE removed = 0"), offers);
    const auto mine = orders->upcoming(tickets::test::kChen);
    ASSERT_EQ(mine.size(), 1u) << "the order placed stays";
    EXPECT_EQ(mine[0].id, order);
    EXPECT_FALSE(mine[0].dishName.en.isEmpty()) << "and still names its dish";
    EXPECT_EQ(count("SELECT taken FROM canteen_offer WHERE id = '2026-11-23.lunch.dish-set-a'"), 2)
        << "its servings stay counted";
    EXPECT_EQ(count("SELECT count(*) FROM voucher_ledger WHERE reason = 'grant'"), grants)
        << "demo vouchers are never granted by sync";

    // The dish comes back: on the menu again, the servings taken still counted.
    v1::SyncResponse back = emptyResponse(41);
    addChange(back, 41, "canteen", QStringLiteral("canteen-baisuitang"),
        demoCanteenWithout(QStringLiteral("none")));
    apply(*db, back, clock.nowUtc());
    EXPECT_TRUE(onMenu(*db, day, "dish-set-a"));
    EXPECT_EQ(count("SELECT taken FROM canteen_offer WHERE id = '2026-11-23.lunch.dish-set-a'"), 2);
}

TEST_F(ChangesTest, ABadCanteenRecordIsRefusedAndTheMenuStays)
{
    QJsonObject bad = demoCanteenWithout(QStringLiteral("none"));
    QJsonArray dishes = bad.value(QStringLiteral("menu")).toArray();
    QJsonObject first = dishes[0].toObject();
    first.insert(QStringLiteral("price_fen"), -5);
    dishes[0] = first;
    bad.insert(QStringLiteral("menu"), dishes);
    const qint64 offers = count("SELECT count(*) FROM canteen_offer WHERE removed = 0");
    v1::SyncResponse r = emptyResponse(42);
    addChange(r, 42, "canteen", QStringLiteral("canteen-baisuitang"), bad);
    try {
        apply(*db, r, clock.nowUtc());
        FAIL() << "a bad canteen record must be refused";
    } catch (const BadResponse &e) {
        EXPECT_THAT(e.why().en.toStdString(), ::testing::HasSubstr("canteen/canteen-baisuitang"));
        EXPECT_THAT(e.why().en.toStdString(), ::testing::HasSubstr("price_fen"));
    }
    EXPECT_EQ(count("SELECT count(*) FROM canteen_offer WHERE removed = 0"), offers);
}

} // namespace
} // namespace linli::sync::test
