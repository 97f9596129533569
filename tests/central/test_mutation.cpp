#include "central_harness.h"
#include "store/central_store.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace linli;
using namespace linli::test;

// A deterministic mutation loop over the server's request parser: bytes of a valid request are
// flipped, cut, duplicated or inserted, the result signed like a kiosk would (so it reaches the
// parser), and the server must answer 200 or a 400 ErrorResponse, never crash or fail inside.
// By default a fixed number of mutations (the same ones every run, a bounded time in CI);
// LINLI_FUZZ_SECONDS=N runs new ones for N seconds instead, as many as fit.
namespace {

constexpr int kDefaultRuns = 2000;

struct Budget {
    int runs = 0; // when no seconds were asked
    qint64 ms = 0;
    bool more(int done, const QElapsedTimer &timer) const
    {
        return ms > 0 ? timer.elapsed() < ms : done < runs;
    }
};

Budget budgetFromEnvironment()
{
    if (!qEnvironmentVariableIsSet("LINLI_FUZZ_SECONDS"))
        return { kDefaultRuns, 0 };
    bool numeric = false;
    const qint64 seconds = qEnvironmentVariable("LINLI_FUZZ_SECONDS").toLongLong(&numeric);
    if (!numeric || seconds <= 0 || seconds > 7 * 24 * 3600) {
        ADD_FAILURE()
            << "LINLI_FUZZ_SECONDS 须为 1 到 604800 的秒数 / must be a number of seconds from 1 to 604800";
        return { 0, 0 };
    }
    return { 0, seconds * 1000 };
}

} // namespace

TEST(CentralMutation, TheRequestParserSurvivesMutatedBodies)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const QList<v1::OutboxEvent> events{
        kiosk.event(QStringLiteral("booking.created"),
            R"({"booking_id": "b1", "room_id": "room-multi-hall", "starts_at_utc": 1900000000, "ends_at_utc": 1900003600})"),
        kiosk.event(QStringLiteral("event.signed_up"),
            R"({"signup_id": "s1", "event_id": "evt-health-check-today"})"),
        kiosk.event(QStringLiteral("meal_order.created"),
            R"({"order_id": "o1", "dish_id": "dish-set-a", "quantity": 1})"),
        kiosk.event(QStringLiteral("ticket.admitted"), R"({"ticket_id": "00"})"),
    };
    const QByteArray seed = serialized(kiosk.request(events));
    const Budget budget = budgetFromEnvironment();
    // A long run explores new mutations; the default repeats the same ones.
    const quint32 randomSeed = budget.ms > 0 ? QRandomGenerator::global()->generate() : 20261201u;
    QRandomGenerator random(randomSeed);
    QElapsedTimer timer;
    timer.start();
    int runs = 0, parsed = 0;
    while (budget.more(runs, timer)) {
        QByteArray body = seed;
        const int edits = 1 + static_cast<int>(random.bounded(4));
        for (int e = 0; e < edits && !body.isEmpty(); ++e) {
            const auto at = static_cast<qsizetype>(random.bounded(static_cast<quint32>(body.size())));
            switch (random.bounded(4)) {
            case 0:
                body[at] = static_cast<char>(random.bounded(256));
                break;
            case 1:
                body.truncate(at);
                break;
            case 2:
                body.insert(at, body.mid(at, static_cast<qsizetype>(random.bounded(16))));
                break;
            default:
                body.insert(at, static_cast<char>(random.bounded(256)));
            }
        }
        const HttpReply reply = kiosk.send(body);
        ASSERT_TRUE(reply.status == 200 || reply.status == 400)
            << "seed " << randomSeed << " run " << runs << ": status " << reply.status << " for "
            << body.toHex().toStdString();
        if (reply.status == 400) {
            EXPECT_FALSE(reply.error().code().empty());
        }
        parsed += reply.status == 200;
        ++runs;
    }
    EXPECT_TRUE(central.running());
    if (budget.ms == 0)
        EXPECT_EQ(runs, budget.runs);
    else
        EXPECT_GE(timer.elapsed(), budget.ms) << "ran for the time asked";
    EXPECT_GT(runs, 100);
    EXPECT_GT(parsed, 0); // some mutations still parse and go through the event judge
    EXPECT_EQ(kiosk.sync(kiosk.request()).schema_version(), 1u);
}
