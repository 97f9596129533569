#include "commands/event_summary.h"

#include <gtest/gtest.h>
#include <QDateTime>

using namespace linli::central;
using namespace linli::central::commands;

namespace {

StoredEvent event(const QString &kind, const QByteArray &payload)
{
    StoredEvent e;
    e.kind = kind;
    e.payload = payload;
    e.accepted = true;
    return e;
}

} // namespace

TEST(EventSummary, ABookingIsItsRoomAndItsSlotOnTheHallsClock)
{
    const qint64 start = QDateTime(QDate(2027, 1, 31), QTime(23, 30), QTimeZone::utc()).toSecsSinceEpoch();
    const StoredEvent e = event(QStringLiteral("booking.cancelled"),
        QStringLiteral(R"({"room_id": "room-a", "starts_at_utc": %1, "ends_at_utc": %2})")
            .arg(start)
            .arg(start + 1800)
            .toUtf8());
    EXPECT_EQ(eventSummary(e, QTimeZone("Asia/Shanghai")),
        QStringLiteral("room room-a 2027-02-01 07:30-08:00 (Asia/Shanghai)"));
    EXPECT_EQ(eventSummary(e, QTimeZone::utc()),
        QStringLiteral("room room-a 2027-01-31 23:30-2027-02-01 00:00 (UTC)"));
}

TEST(EventSummary, MissingFieldsShowAsQuestionMarksNotAsZero)
{
    const StoredEvent e = event(QStringLiteral("meal_order.created"), R"({"dish_id": "dish-x"})");
    EXPECT_EQ(eventSummary(e, QTimeZone::utc()), QStringLiteral("dish dish-x x? for ? ?"));
    EXPECT_EQ(eventSummary(event(QStringLiteral("booking.created"), "{}"), QTimeZone::utc()),
        QStringLiteral("room ? ?"));
}

TEST(EventSummary, MoneyIsInYuanFromFen)
{
    EXPECT_EQ(eventSummary(
                  event(QStringLiteral("voucher.adjustment"), R"({"amount_fen": -505})"), QTimeZone::utc()),
        QStringLiteral("voucher -¥5.05"));
    EXPECT_EQ(
        eventSummary(event(QStringLiteral("voucher.granted"), R"({"amount_fen": 3000})"), QTimeZone::utc()),
        QStringLiteral("voucher ¥30.00"));
}

TEST(EventSummary, TicketsShowTheirIdsStartAndWhereTheyWereScanned)
{
    EXPECT_EQ(
        eventSummary(event(QStringLiteral("ticket.scan_failed"),
                         R"({"ticket_id": "0123456789abcdef", "place_id": "gate-1", "result": "expired"})"),
            QTimeZone::utc()),
        QStringLiteral("ticket 01234567 at gate-1: expired"));
}

TEST(EventSummary, UnknownKindsShowTheirPayloadCutShortAndNonJsonItsSize)
{
    const QByteArray longPayload = "{\"note\": \"" + QByteArray(100, 'x') + "\"}";
    const QString shown = eventSummary(event(QStringLiteral("audit.note"), longPayload), QTimeZone::utc());
    EXPECT_EQ(shown.size(), 63);
    EXPECT_TRUE(shown.startsWith(QStringLiteral("{\"note\": \"xxx")));
    EXPECT_TRUE(shown.endsWith(QStringLiteral("...")));
    EXPECT_EQ(eventSummary(event(QStringLiteral("booking.created"), "not json"), QTimeZone::utc()),
        QStringLiteral("(not a JSON object: 8 bytes)"));
}

TEST(EventSummary, AResultIsAcceptedOrTheReasonInBothLanguages)
{
    StoredEvent e = event(QStringLiteral("booking.created"), "{}");
    EXPECT_EQ(eventResult(e), QStringLiteral("accepted"));
    e.accepted = false;
    e.reasonCode = QStringLiteral("slot_taken");
    e.reasonZh = QStringLiteral("该时段已被预约");
    e.reasonEn = QStringLiteral("That slot is taken");
    EXPECT_EQ(eventResult(e), QStringLiteral("rejected slot_taken: 该时段已被预约 / That slot is taken"));
}
