// Tickets on screen (app/tickets), wired as the kiosk wires them (addCapabilities): the booked,
// event and ordered screens' ticket, drawn as the screen draws it and read back by zxing-cpp;
// no ticket, and why, for a booking awaiting approval and a waiting-list place; a cancel on the
// My screens revokes the ticket at once, one made elsewhere on the scheduler's next sweep;
// My tickets lists what is still to use, soonest first.
#define ZX_USE_UTF8 1
#include "booking_backend.h"
#include "canteen_backend.h"
#include "capabilities.h"
#include "core/scheduler.h"
#include "kiosk.h"
#include "language_controller.h"
#include "my_bookings_controller.h"
#include "my_orders_controller.h"
#include "my_tickets_controller.h"
#include "qr_image.h"
#include "resident_session.h"
#include "ticket_controller.h"
#include "ticket_fixture.h"
#include "tickets/human_code.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <ZXing/ReadBarcode.h>

using namespace linli::tickets;
using linli::tickets::test::TicketFixture;

namespace {

const QString kMingCard = QStringLiteral("3301050001");
const QString kChenCard = QStringLiteral("3301050004");

class TicketScreensTest : public TicketFixture {
protected:
    TicketScreensTest()
    {
        language.select(QStringLiteral("en"));
        session = std::make_unique<ResidentSession>(&*db, clock, zone, language, 90);
        Kiosk::Parts parts;
        parts.language = &language;
        parts.session = session.get();
        kiosk = std::make_unique<Kiosk>(std::move(parts));
        addCapabilities(*kiosk,
            KioskContext{ &*db, &clock, zone, &language, session.get(), &scheduler,
                QStringLiteral(LINLI_DEMO_DIR), &*key, QStringLiteral("demo-kiosk-01") });
    }
    TicketsBackend *tickets() const { return kiosk->backend<TicketsBackend>(QStringLiteral("tickets")); }
    template <typename T> T *backend(const char *name) const
    {
        return kiosk->backend<T>(QString::fromLatin1(name));
    }
    // The ticket part of a screen as TicketView makes it.
    std::unique_ptr<TicketController> ticketOf(TicketController::Source source, const QString &id)
    {
        auto c = std::make_unique<TicketController>();
        c->setTickets(tickets());
        c->setSource(source);
        c->setSourceId(id);
        c->componentComplete();
        return c;
    }
    // What a scanner reads off the screen: the QR code drawn at the screen's size (660 px),
    // through a PNG, decoded by zxing-cpp.
    static QString scan(const QString &text, int *side = nullptr)
    {
        const std::optional<QrMatrix> matrix = qrMatrix(text);
        if (!matrix)
            return {};
        const QImage drawn = qrImage(*matrix, qrModuleSize(*matrix, 660));
        if (side)
            *side = drawn.width();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        drawn.save(&buffer, "PNG");
        const QImage image = QImage::fromData(png, "PNG").convertToFormat(QImage::Format_Grayscale8);
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        const ZXing::Result read
            = ZXing::ReadBarcode({ image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                                     int(image.bytesPerLine()) },
                hints);
        return read.isValid() ? QString::fromStdString(read.text()) : QString();
    }

    LanguageController language;
    linli::Scheduler scheduler{ clock };
    std::unique_ptr<ResidentSession> session;
    std::unique_ptr<Kiosk> kiosk;
};

} // namespace

TEST_F(TicketScreensTest, TheBookedScreensTicketVerifiesAndItsQrCodeReadsBackAtOver600Pixels)
{
    const QString bookingId = bookDance();
    const auto booked = ticketOf(TicketController::Booking, bookingId);
    ASSERT_TRUE(booked->issued()) << booked->reason().toStdString() << booked->problem().toStdString();
    EXPECT_TRUE(booked->problem().isEmpty());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[2-9A-HJ-NP-Z]{5} [2-9A-HJ-NP-Z]{5}$"))
                    .match(booked->code())
                    .hasMatch())
        << booked->code().toStdString();
    EXPECT_EQ(booked->spokenCode().count(u' '), 10) << "every character read out on its own";
    EXPECT_EQ(booked->title(), QStringLiteral("Room booking · Dance Room"));
    EXPECT_TRUE(booked->validity().endsWith(QStringLiteral("14:45–15:15"))) // its check-in window
        << booked->validity().toStdString();

    int side = 0;
    EXPECT_EQ(scan(booked->text(), &side), booked->text());
    EXPECT_GE(side, 600);
    EXPECT_LE(side, 660);
    setNow("2026-11-23T14:50:00"); // within the check-in window
    EXPECT_EQ(office->inspect(booked->text()).status, TicketStatus::Accepted);
    EXPECT_EQ(humanCode(booked->text()), booked->code().remove(u' '));

    EXPECT_EQ(ticketOf(TicketController::Booking, bookingId)->text(), booked->text())
        << "the same ticket each time";
    EXPECT_EQ(count("SELECT count(*) FROM issued_ticket"), 1);
}

TEST_F(TicketScreensTest, APendingBookingAndAWaitingListPlaceSayWhyThereIsNoTicket)
{
    db->exec("UPDATE room_booking_rule SET approval_required = 1 WHERE room_id = 'room-dance'");
    const QString pending
        = rooms->book(linli::tickets::test::kMing, linli::tickets::test::kDance, local("2026-11-23T15:00:00"))
              .value.id;
    const auto booked = ticketOf(TicketController::Booking, pending);
    EXPECT_FALSE(booked->issued());
    EXPECT_TRUE(booked->text().isEmpty());
    EXPECT_TRUE(booked->reason().contains(QLatin1String("approv"))) << booked->reason().toStdString();

    const QString kSmall = QStringLiteral("evt-talk-tcm-small"); // two seats
    ASSERT_TRUE(events->signUp(QStringLiteral("res-0002"), kSmall, linli::booking::SignUpMode::SeatOnly).ok);
    ASSERT_TRUE(events->signUp(QStringLiteral("res-0003"), kSmall, linli::booking::SignUpMode::SeatOnly).ok);
    session->identifyCard(kMingCard);
    ASSERT_TRUE(
        events->signUp(linli::tickets::test::kMing, kSmall, linli::booking::SignUpMode::SeatOrWaitlist).ok);
    const auto waiting = ticketOf(TicketController::SignUp, kSmall);
    EXPECT_FALSE(waiting->issued());
    EXPECT_TRUE(waiting->reason().contains(QLatin1String("waiting list"))) << waiting->reason().toStdString();
    language.select(QStringLiteral("zh"));
    EXPECT_TRUE(waiting->reason().contains(QStringLiteral("候补"))) << waiting->reason().toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM issued_ticket"), 0);
}

TEST_F(TicketScreensTest, CancellingOnTheMyScreensRevokesTheTicketAtOnce)
{
    session->identifyCard(kMingCard);
    const QString bookingId = bookDance();
    ASSERT_TRUE(events
                    ->signUp(linli::tickets::test::kMing, linli::tickets::test::kTaichi,
                        linli::booking::SignUpMode::SeatOnly)
                    .ok);
    const auto room = ticketOf(TicketController::Booking, bookingId);
    const auto seat = ticketOf(TicketController::SignUp, linli::tickets::test::kTaichi);
    ASSERT_TRUE(room->issued() && seat->issued()) << seat->reason().toStdString();
    const QString roomText = room->text(), seatText = seat->text();

    MyBookingsController my;
    my.setBooking(backend<BookingBackend>("booking"));
    my.componentComplete();
    ASSERT_TRUE(my.cancel(MyBookingsController::Room, bookingId));
    EXPECT_EQ(office->inspect(roomText).status, TicketStatus::Revoked);
    EXPECT_FALSE(room->issued()) << "the screen re-read: no ticket, and why";
    EXPECT_FALSE(room->reason().isEmpty());
    EXPECT_NE(office->inspect(seatText).status, TicketStatus::Revoked) << "the other ticket stands";
    ASSERT_TRUE(my.cancel(MyBookingsController::Activity, linli::tickets::test::kTaichi));
    EXPECT_EQ(office->inspect(seatText).status, TicketStatus::Revoked);

    session->end();
    session->identifyCard(kChenCard);
    const QString orderId = orderLunch();
    const QString mealText = ticketOf(TicketController::MealOrder, orderId)->text();
    ASSERT_FALSE(mealText.isEmpty());
    MyOrdersController myOrders;
    myOrders.setCanteen(backend<CanteenBackend>("canteen"));
    myOrders.componentComplete();
    ASSERT_TRUE(myOrders.cancel(orderId));
    EXPECT_EQ(office->inspect(mealText).status, TicketStatus::Revoked);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'ticket.revoked'"), 3);
}

TEST_F(TicketScreensTest, ACancelMadeElsewhereIsRevokedOnTheSchedulersNextSweep)
{
    const QString orderId = orderLunch();
    const QString text = ticketOf(TicketController::MealOrder, orderId)->text();
    ASSERT_TRUE(orders->cancel(linli::tickets::test::kChen, orderId).ok); // not through a screen
    EXPECT_NE(office->inspect(text).status, TicketStatus::Revoked);
    clock.advanceSecs(61);
    scheduler.runDue();
    EXPECT_EQ(office->inspect(text).status, TicketStatus::Revoked);
}

TEST_F(TicketScreensTest, MyTicketsListsWhatIsStillToUseSoonestFirst)
{
    session->identifyCard(kMingCard);
    MyTicketsController mine;
    mine.setTickets(tickets());
    mine.componentComplete();
    EXPECT_EQ(mine.list()->rowCount(), 0);

    const QString dance = bookDance(); // Monday 15:00
    ASSERT_TRUE(events
                    ->signUp(linli::tickets::test::kMing, linli::tickets::test::kTaichi,
                        linli::booking::SignUpMode::SeatOnly)
                    .ok); // Wednesday 08:30
    const QString seatText = ticketOf(TicketController::SignUp, linli::tickets::test::kTaichi)->text();
    const QString danceText = ticketOf(TicketController::Booking, dance)->text();
    session->end();
    session->identifyCard(kMingCard); // My tickets re-reads for whoever comes
    ASSERT_EQ(mine.list()->rowCount(), 2);
    EXPECT_EQ(mine.list()->at<TicketRow>(0).text, danceText);
    EXPECT_EQ(mine.list()->at<TicketRow>(1).text, seatText);
    EXPECT_TRUE(mine.list()->at<TicketRow>(1).title.startsWith(QStringLiteral("Activity place")));

    MyBookingsController my;
    my.setBooking(backend<BookingBackend>("booking"));
    my.componentComplete();
    ASSERT_TRUE(my.cancel(MyBookingsController::Room, dance));
    ASSERT_EQ(mine.list()->rowCount(), 1) << "a revoked ticket leaves My tickets";
    EXPECT_EQ(mine.list()->at<TicketRow>(0).text, seatText);

    session->end();
    EXPECT_EQ(mine.list()->rowCount(), 0) << "nothing of the last resident's stays on screen";
}
