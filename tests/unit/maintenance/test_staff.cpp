// Staff accounts from content, staff PIN sign-in (card or gesture), lockout that survives a
// restart, and what each role may do.
#include "maintenance/staff.h"
#include "maintenance/staff_sign_in.h"
#include "startup/kiosk_database.h"
#include "unit/booking/booking_fixture.h"

using namespace linli::maintenance;
using linli::booking::test::BookingFixture;

class StaffTest : public BookingFixture { };

TEST_F(StaffTest, DemoStaffAreLoadedWithHashedPinsOnly)
{
    EXPECT_EQ(count("SELECT count(*) FROM staff"), 3);
    EXPECT_EQ(count("SELECT count(*) FROM staff WHERE pin_hash LIKE '$argon2id$%'"), 3);
    EXPECT_EQ(count("SELECT count(*) FROM staff WHERE pin_hash LIKE '%246810%'"), 0);
    EXPECT_EQ(count("SELECT count(DISTINCT role) FROM staff"), 3);
}

TEST_F(StaffTest, PinAfterTheGestureFindsWhoseItIs)
{
    const StaffSignIn op = signInStaff(*db, clock, zone, {}, QStringLiteral("246810"));
    ASSERT_TRUE(op.ok) << op.reason.en.toStdString();
    EXPECT_EQ(op.value.id, QStringLiteral("staff-op"));
    EXPECT_EQ(op.value.role, StaffRole::Operator);
    const StaffSignIn cook = signInStaff(*db, clock, zone, {}, QStringLiteral("135790"));
    ASSERT_TRUE(cook.ok);
    EXPECT_EQ(cook.value.role, StaffRole::Canteen);
    // A resident's PIN is not a staff PIN.
    EXPECT_FALSE(signInStaff(*db, clock, zone, {}, QStringLiteral("123456")).ok);
}

TEST_F(StaffTest, PinAfterACardMustBeThatCardsOwners)
{
    EXPECT_TRUE(isStaffCard(*db, QStringLiteral("9900000003")));
    EXPECT_FALSE(isStaffCard(*db, QStringLiteral("3301050001"))); // a resident's card
    EXPECT_TRUE(signInStaff(*db, clock, zone, QStringLiteral("9900000003"), QStringLiteral("900900")).ok);
    // The operator's PIN after the administrator's card is wrong.
    const StaffSignIn wrong
        = signInStaff(*db, clock, zone, QStringLiteral("9900000003"), QStringLiteral("246810"));
    EXPECT_FALSE(wrong.ok);
    EXPECT_FALSE(wrong.reason.zh.isEmpty());
    EXPECT_FALSE(wrong.reason.en.isEmpty());
}

TEST_F(StaffTest, MalformedPinsAreRefusedAndCounted)
{
    for (const char *bad : { "", "24681", "2468100", "24681a", "２４６８１０" })
        EXPECT_FALSE(signInStaff(*db, clock, zone, {}, QString::fromUtf8(bad)).ok) << bad;
    EXPECT_GT(staffLockRemaining(*db, clock, {}), 0); // five wrong tries lock the gesture's entry
}

TEST_F(StaffTest, FiveWrongPinsLockEvenTheRightOneAndTheLockSurvivesARestart)
{
    for (int i = 0; i < 5; ++i)
        EXPECT_FALSE(signInStaff(*db, clock, zone, {}, QStringLiteral("000000")).ok);
    const StaffSignIn locked = signInStaff(*db, clock, zone, {}, QStringLiteral("246810"));
    EXPECT_FALSE(locked.ok);
    EXPECT_TRUE(locked.reason.en.contains(QStringLiteral("Too many"))) << locked.reason.en.toStdString();
    EXPECT_EQ(staffLockRemaining(*db, clock, {}), 15 * 60);
    // The staff card's own entry is counted apart.
    EXPECT_TRUE(signInStaff(*db, clock, zone, QStringLiteral("9900000001"), QStringLiteral("246810")).ok);

    // Restart: a fresh connection to the same file.
    db.reset();
    linli::startup::DatabaseSetup setup;
    setup.dataDir = dir.path();
    setup.contentDir = QStringLiteral(LINLI_DEMO_DIR);
    setup.pinCost = linli::residents::PinCost::Cheap;
    auto reopened = linli::startup::openKioskDatabase(setup, clock.nowUtc());
    ASSERT_TRUE(reopened.ok());
    db.emplace(std::move(*reopened.database));
    EXPECT_FALSE(signInStaff(*db, clock, zone, {}, QStringLiteral("246810")).ok);

    // 15 minutes later the right PIN works; the next round of 5 locks for 30 minutes.
    clock.advanceSecs(15 * 60);
    EXPECT_TRUE(signInStaff(*db, clock, zone, {}, QStringLiteral("246810")).ok);
}

TEST(StaffRoles, EachRoleMayDoOnlyItsOwnWork)
{
    EXPECT_TRUE(mayDo(StaffRole::Canteen, Permission::ChangeMenu));
    EXPECT_FALSE(mayDo(StaffRole::Canteen, Permission::DecideBookings));
    EXPECT_FALSE(mayDo(StaffRole::Canteen, Permission::ChangeSettings));
    EXPECT_TRUE(mayDo(StaffRole::Operator, Permission::DecideBookings));
    EXPECT_FALSE(mayDo(StaffRole::Operator, Permission::ChangeMenu));
    EXPECT_FALSE(mayDo(StaffRole::Operator, Permission::ChangeSettings));
    for (Permission p : { Permission::SeeStatus, Permission::ChangeMenu, Permission::DecideBookings,
             Permission::ChangeSettings, Permission::RunActions })
        EXPECT_TRUE(mayDo(StaffRole::Administrator, p));
}
