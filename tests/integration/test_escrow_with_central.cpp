// Limited resources across kiosks, against a REAL linli-central on loopback: two kiosks cut
// off together sell an activity's seats only within their shares, so the total never passes
// its capacity and the server takes every one of them afterwards; online, a sale beyond the
// shares is answered at once (accepted, or refused because another kiosk sold it); with the
// server gone the wait ends at once and the sale is withdrawn.
#include "../central/central_harness.h"
#include "booking/event_signup.h"
#include "escrow/escrow_shares.h"
#include "escrow/resources.h"
#include "kiosk_under_test.h"
#include "store/central_store.h"
#include "sync/online_confirmation.h"

#include <gtest/gtest.h>
#include <QEventLoop>
#include <QTcpServer>
#include <QTimer>

namespace linli::test {
namespace {

using Answer = sync::OnlineConfirmation::Answer;

const QStringList kResidents = { QStringLiteral("res-0001"), QStringLiteral("res-0002"),
    QStringLiteral("res-0003"), QStringLiteral("res-0004"), QStringLiteral("res-0005"),
    QStringLiteral("res-0006"), QStringLiteral("res-0007"), QStringLiteral("res-0008") };

// A loopback port nobody listens on: the server is down.
quint16 deadPort()
{
    QTcpServer probe;
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// The server's answer to one event, as the screens wait for it.
struct Waited {
    Answer answer = Answer::NoAnswer;
    LocalizedText reason;
    bool called = false;
};
Waited awaitAnswer(KioskUnderTest &kiosk, const QString &eventId)
{
    sync::OnlineConfirmation confirmation(*kiosk.engine, *kiosk.db);
    Waited w;
    QEventLoop loop;
    confirmation.await(eventId, [&](Answer a, const LocalizedText &why) {
        w = { a, why, true };
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // far beyond the 2 s bound: a hang fails
    if (!w.called)
        loop.exec();
    return w;
}

class EscrowWithCentral : public ::testing::Test {
protected:
    void enrolBoth()
    {
        for (KioskUnderTest *k : { &a, &b }) {
            ASSERT_TRUE(k->enrol(central.port(), central.enrolmentCode()))
                << k->lastEnrolMessage.en.toStdString();
            k->connectTo(central.port());
        }
        // The second kiosk's first sync re-splits the shares; the first kiosk's next one agrees.
        ASSERT_TRUE(a.syncOnce());
        ASSERT_TRUE(b.syncOnce());
        ASSERT_TRUE(a.syncOnce());
    }
    qint64 nowMs(KioskUnderTest &k) { return k.clock.nowUtc().toMSecsSinceEpoch(); }

    CentralProcess central;
    KioskUnderTest a, b;
};

} // namespace

TEST_F(EscrowWithCentral, TwoKiosksCutOffTogetherNeverSellMoreSeatsThanTheActivityHas)
{
    enrolBoth();
    auto q = a.db->prepare(
        "SELECT id, capacity FROM event WHERE capacity BETWEEN 8 AND 15 AND starts_at_utc > ? "
        "ORDER BY capacity LIMIT 1");
    q.bind(1, a.clock.nowSecs() + 86400);
    ASSERT_TRUE(q.step()) << "the demo has an activity of 8 to 15 seats from tomorrow on";
    const QString eventId = q.text(0);
    const int capacity = q.integer(1);
    q.reset(); // a statement left stepped would hold this connection's snapshot from before the syncs
    const QString seats = escrow::resources::eventSeats(eventId);
    const int shareA = escrow::unitsLeft(*a.db, seats, nowMs(a)),
              shareB = escrow::unitsLeft(*b.db, seats, nowMs(b));
    EXPECT_GT(shareA, 0);
    EXPECT_GT(shareB, 0);
    EXPECT_LE(shareA + shareB, capacity);

    const quint16 down = deadPort();
    int sold = 0;
    for (KioskUnderTest *k : { &a, &b }) {
        k->connectTo(down);
        booking::EventSignUp events(*k->db, k->clock);
        int soldHere = 0;
        for (const QString &resident : kResidents) {
            const auto r = events.signUp(resident, eventId, booking::SignUpMode::SeatOnly);
            ASSERT_TRUE(r.ok) << r.reason.en.toStdString();
            if (r.value.awaitsServerEvent.isEmpty()) {
                ++soldHere;
                continue;
            }
            EXPECT_EQ(awaitAnswer(*k, r.value.awaitsServerEvent).answer, Answer::NoAnswer);
            ASSERT_TRUE(events.cancel(resident, eventId).ok) << "withdrawn, as the screen does";
        }
        EXPECT_EQ(soldHere, std::min<int>(k == &a ? shareA : shareB, static_cast<int>(kResidents.size())));
        sold += soldHere;
    }
    EXPECT_LE(sold, capacity);

    for (KioskUnderTest *k : { &a, &b }) {
        k->connectTo(central.port());
        ASSERT_TRUE(k->syncOnce());
        EXPECT_EQ(k->outboxCount("result IS NULL"), 0);
        // Refused: only the withdrawn sign-ups (the seats were the other kiosk's); every seat
        // sold within a share stands.
        EXPECT_EQ(k->outboxCount("result = 'rejected'"), k->outboxCount("kind = 'event.cancelled'"));
        EXPECT_EQ(k->outboxCount("result = 'rejected' AND kind <> 'event.signed_up'"), 0);
        auto kept
            = k->db->prepare("SELECT count(*) FROM event_signup WHERE event_id = ? AND status = 'confirmed'");
        kept.bind(1, eventId);
        kept.step();
        EXPECT_EQ(kept.integer(0), k == &a ? std::min(shareA, 8) : std::min(shareB, 8));
    }
    EXPECT_EQ(central.store().sold(seats), sold) << "each offline seat is one seat at the central";
    EXPECT_LE(central.store().sold(seats), capacity);
}

TEST_F(EscrowWithCentral, OnlineTheServerAnswersASaleBeyondTheSharesAtOnce)
{
    enrolBoth();
    // Two kiosks: a room slot is never escrowed, each booking is confirmed online.
    const QString mine = a.bookDance(QStringLiteral("res-0001"), 1);
    auto event = [](KioskUnderTest &k) {
        auto q = k.db->prepare("SELECT event_id FROM outbox ORDER BY seq DESC LIMIT 1");
        q.step();
        return q.text(0);
    };
    const QString slot
        = escrow::resources::roomSlot(QStringLiteral("room-dance"), a.rooms->find(mine)->startUtc);
    EXPECT_EQ(escrow::unitsLeft(*a.db, slot, nowMs(a)), 0);
    EXPECT_EQ(awaitAnswer(a, event(a)).answer, Answer::Accepted);
    EXPECT_EQ(a.rooms->find(mine)->status, booking::BookingStatus::Confirmed);

    const QString theirs = b.bookDance(QStringLiteral("res-0002"), 1); // the same slot, at the other kiosk
    const Waited refused = awaitAnswer(b, event(b));
    EXPECT_EQ(refused.answer, Answer::Rejected);
    EXPECT_FALSE(refused.reason.zh.isEmpty());
    EXPECT_FALSE(refused.reason.en.isEmpty());
    EXPECT_EQ(b.rooms->find(theirs)->status, booking::BookingStatus::Rejected) << "My bookings says why";

    b.connectTo(deadPort());
    const QString later = b.bookDance(QStringLiteral("res-0002"), 2);
    EXPECT_EQ(awaitAnswer(b, event(b)).answer, Answer::NoAnswer);
    ASSERT_TRUE(b.rooms->withdraw(later).ok);
    b.connectTo(central.port());
    ASSERT_TRUE(b.syncOnce());
    EXPECT_EQ(central.store().sold(slot), 1);
    EXPECT_EQ(central.store().sold(
                  escrow::resources::roomSlot(QStringLiteral("room-dance"), b.rooms->find(later)->startUtc)),
        0)
        << "the withdrawn booking holds nothing at the central";
}

} // namespace linli::test
