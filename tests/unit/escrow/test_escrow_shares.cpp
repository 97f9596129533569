// The shares themselves: taken whole or not at all, void after expiry, and a grant that counts
// only the events the server had seen when it answered.
#include "../booking/booking_fixture.h"
#include "booking/outbox.h"
#include "escrow/escrow_shares.h"

using namespace linli;
using linli::booking::test::BookingFixture;

namespace {

constexpr qint64 kExpires = 4'000'000'000'000;

class EscrowShares : public BookingFixture {
protected:
    void enrol() { db->prepare("UPDATE sync_state SET kiosk_id = 'kiosk-1', hall_id = 'hall'").run(); }
    // One outbox event, as a sale writes it; returns its id.
    QString event() { return booking::writeOutbox(*db, QStringLiteral("booking.created"), 0, QJsonObject{}); }
    qint64 lastSeq() { return count("SELECT max(seq) FROM outbox"); }
    const qint64 now = 1'800'000'000'000;
};

} // namespace

TEST_F(EscrowShares, AKioskNotEnrolledIsNotBoundByShares)
{
    EXPECT_EQ(escrow::cover(*db, event(), { QStringLiteral("event:x") }, 1, now), escrow::Cover::Unbound);
    EXPECT_EQ(count("SELECT count(*) FROM escrow_use"), 0);
}

TEST_F(EscrowShares, ARevokedKioskIsNotBoundEither)
{
    enrol();
    db->prepare("UPDATE sync_state SET revoked = 1").run();
    EXPECT_FALSE(escrow::sharesBind(*db));
}

TEST_F(EscrowShares, SalesSpendTheShareUntilItIsGoneThenWaitForTheServer)
{
    enrol();
    escrow::applyGrants(*db, { { QStringLiteral("event:x"), 2, kExpires } }, 0);
    EXPECT_EQ(escrow::cover(*db, event(), { QStringLiteral("event:x") }, 1, now), escrow::Cover::Share);
    EXPECT_EQ(escrow::cover(*db, event(), { QStringLiteral("event:x") }, 1, now), escrow::Cover::Share);
    EXPECT_EQ(escrow::cover(*db, event(), { QStringLiteral("event:x") }, 1, now), escrow::Cover::Server);
    EXPECT_EQ(escrow::unitsLeft(*db, QStringLiteral("event:x"), now), 0);
    EXPECT_EQ(count("SELECT count(*) FROM escrow_use"), 2);
}

TEST_F(EscrowShares, ASaleOfSeveralResourcesTakesAllOrNone)
{
    enrol();
    escrow::applyGrants(
        *db, { { QStringLiteral("room:a:1"), 1, kExpires }, { QStringLiteral("room:a:2"), 0, kExpires } }, 0);
    EXPECT_EQ(escrow::cover(*db, event(), { QStringLiteral("room:a:1"), QStringLiteral("room:a:2") }, 1, now),
        escrow::Cover::Server);
    EXPECT_EQ(escrow::unitsLeft(*db, QStringLiteral("room:a:1"), now), 1) << "half a sale took a unit";
}

TEST_F(EscrowShares, AnExpiredShareSellsNothing)
{
    enrol();
    escrow::applyGrants(*db, { { QStringLiteral("meal:c:2026-11-23:lunch"), 5, now - 1 } }, 0);
    EXPECT_EQ(escrow::cover(*db, event(), { QStringLiteral("meal:c:2026-11-23:lunch") }, 1, now),
        escrow::Cover::Server);
}

TEST_F(EscrowShares, AGrantDoesNotGiveBackWhatWasSoldAfterTheRequestItAnswers)
{
    enrol();
    const QString r = QStringLiteral("event:x");
    escrow::applyGrants(*db, { { r, 5, kExpires } }, 0);
    ASSERT_EQ(escrow::cover(*db, event(), { r }, 1, now), escrow::Cover::Share); // sent in the request
    const qint64 sent = lastSeq();
    ASSERT_EQ(escrow::cover(*db, event(), { r }, 2, now), escrow::Cover::Share); // sold meanwhile
    // The server saw the first sale only: 4 left by its count; the 2 sold since come off again.
    escrow::applyGrants(*db, { { r, 4, kExpires } }, sent);
    EXPECT_EQ(escrow::unitsLeft(*db, r, now), 2);
    EXPECT_EQ(count("SELECT count(*) FROM escrow_use"), 1) << "only the use the server has not seen is kept";
    // The next answer has seen both: the grant stands as sent.
    escrow::applyGrants(*db, { { r, 2, kExpires } }, lastSeq());
    EXPECT_EQ(escrow::unitsLeft(*db, r, now), 2);
    EXPECT_EQ(count("SELECT count(*) FROM escrow_use"), 0);
}
