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
// LINLI_FUZZ_SECONDS runs it longer on demand.
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
    QRandomGenerator random(20261201);
    const qint64 budgetMs = qEnvironmentVariableIntValue("LINLI_FUZZ_SECONDS") * 1000 + 3000;
    QElapsedTimer timer;
    timer.start();
    int runs = 0, parsed = 0;
    while (timer.elapsed() < budgetMs && runs < 5000) {
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
            << "run " << runs << ": status " << reply.status << " for " << body.toHex().toStdString();
        if (reply.status == 400) {
            EXPECT_FALSE(reply.error().code().empty());
        }
        parsed += reply.status == 200;
        ++runs;
    }
    EXPECT_TRUE(central.running());
    EXPECT_GT(runs, 100);
    EXPECT_GT(parsed, 0); // some mutations still parse and go through the event judge
    EXPECT_EQ(kiosk.sync(kiosk.request()).schema_version(), 1u);
}
