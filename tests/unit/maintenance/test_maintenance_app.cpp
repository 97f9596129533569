// The staff member at the kiosk (app/maintenance): a staff card on the resident reader opens
// the staff PIN instead of a resident session; the PIN signs in on a worker thread; what each
// role's screens offer; the "today" screen marks a dish sold out; idle and Leave forget them.
#include "canteen/menu.h"
#include "language_controller.h"
#include "maintenance_backend.h"
#include "resident_session.h"
#include "today_controller.h"
#include "unit/booking/booking_fixture.h"

#include <QSignalSpy>

using linli::booking::test::BookingFixture;

namespace {

class MaintenanceAppTest : public BookingFixture {
protected:
    MaintenanceAppTest()
    {
        language.select(QStringLiteral("en"));
        session = std::make_unique<ResidentSession>(&*db, clock, zone, language, 120);
        KioskContext context;
        context.db = &*db;
        context.clock = &clock;
        context.zone = zone;
        context.language = &language;
        context.session = session.get();
        backend = std::make_unique<MaintenanceBackend>(context);
        session->setStaffCardHandler([this](const QString &card) { return backend->takeStaffCard(card); });
    }
    bool signIn(const QString &pin)
    {
        QSignalSpy answered(backend.get(), &MaintenanceBackend::changed);
        backend->signIn(pin);
        while (backend->busy())
            if (!answered.wait(5000))
                return false;
        return backend->signedIn();
    }
    LanguageController language;
    std::unique_ptr<ResidentSession> session;
    std::unique_ptr<MaintenanceBackend> backend;
};

} // namespace

TEST_F(MaintenanceAppTest, AStaffCardOpensTheStaffPinNotAResidentSession)
{
    QSignalSpy presented(backend.get(), &MaintenanceBackend::cardPresented);
    session->identifyCard(QStringLiteral("9900000002"));
    EXPECT_EQ(presented.count(), 1);
    EXPECT_FALSE(session->active());
    EXPECT_TRUE(backend->cardEntry());
    // The operator's PIN after the cook's card is not enough.
    EXPECT_FALSE(signIn(QStringLiteral("246810")));
    EXPECT_EQ(backend->message(), QStringLiteral("That staff PIN is not right. Please try again."));
    EXPECT_TRUE(signIn(QStringLiteral("135790")));
    EXPECT_EQ(backend->staffName(), QStringLiteral("刘师傅"));
    EXPECT_EQ(backend->roleTitle(), QStringLiteral("Canteen staff"));
    EXPECT_TRUE(backend->mayChangeMenu());
    EXPECT_FALSE(backend->mayDecideBookings());

    // A resident's card still starts a resident session.
    session->identifyCard(QStringLiteral("3301050001"));
    EXPECT_TRUE(session->active());
    EXPECT_EQ(presented.count(), 1);
}

TEST_F(MaintenanceAppTest, AStaffCardEndsTheResidentSessionOnTheScreen)
{
    session->identifyCard(QStringLiteral("3301050001"));
    ASSERT_TRUE(session->active());
    QSignalSpy ended(session.get(), &ResidentSession::ended);
    session->identifyCard(QStringLiteral("9900000003"));
    EXPECT_FALSE(session->active()) << "staff must not work inside a resident's session";
    EXPECT_EQ(ended.count(), 1);
    EXPECT_TRUE(backend->cardEntry());
}

TEST_F(MaintenanceAppTest, TodayMarksADishSoldOutAndTellsTheResidentScreens)
{
    ASSERT_TRUE(signIn(QStringLiteral("900900"))); // administrator: everything
    TodayController today;
    today.setMaintenance(backend.get());
    ASSERT_GT(today.dishes()->rowCount(), 0);
    const StaffDishRow first = today.dishes()->at<StaffDishRow>(0);
    EXPECT_FALSE(first.soldOut);
    QSignalSpy menuChanged(backend.get(), &MaintenanceBackend::menuChanged);
    today.markSoldOut(first.offerId);
    EXPECT_EQ(today.message(), QStringLiteral("Marked sold out. Residents see it at once."));
    EXPECT_EQ(menuChanged.count(), 1);
    EXPECT_TRUE(today.dishes()->at<StaffDishRow>(0).soldOut);
    EXPECT_EQ(today.dishes()->at<StaffDishRow>(0).servings, QStringLiteral("Sold out"));
    EXPECT_TRUE(linli::canteen::findOffer(*db, first.offerId)->soldOut());
    EXPECT_EQ(count("SELECT count(*) FROM staff_audit WHERE staff_id = 'staff-admin'"), 1);
}

TEST_F(MaintenanceAppTest, AnOperatorsTodayHasNoDishesAndLeaveForgetsThem)
{
    ASSERT_TRUE(signIn(QStringLiteral("246810")));
    TodayController today;
    today.setMaintenance(backend.get());
    EXPECT_EQ(today.dishes()->rowCount(), 0);
    QSignalSpy left(backend.get(), &MaintenanceBackend::left);
    backend->leave();
    EXPECT_EQ(left.count(), 1);
    EXPECT_FALSE(backend->signedIn());
    EXPECT_TRUE(backend->staffName().isEmpty());
    EXPECT_EQ(today.dishes()->rowCount(), 0);
    EXPECT_EQ(today.pending()->rowCount(), 0); // the lists follow the staff member
}

TEST_F(MaintenanceAppTest, IdleForgetsTheStaffMemberAndGoesHome)
{
    ASSERT_TRUE(signIn(QStringLiteral("246810")));
    backend->setIdleMs(30);
    QSignalSpy left(backend.get(), &MaintenanceBackend::left);
    backend->stillHere(); // restarts the (now short) idle timer
    ASSERT_TRUE(left.wait(2000));
    EXPECT_FALSE(backend->signedIn());
    EXPECT_EQ(MaintenanceBackend::kIdleSecs, 120);
}
