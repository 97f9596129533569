// The print button's controller (app/tickets) on a kiosk wired as main.cpp wires it: a
// booking's receipt printed off the GUI thread to the file backend, its QR code read back and
// verified; "printing" while busy and a second press ignored; a printer that never answers
// gives "printing failed, your booking stands" with the reason, the booking and its ticket
// untouched; no printer configured, no button.
#include "background_printer.h"
#include "kiosk_context.h"
#include "language_controller.h"
#include "receipt_checks.h"
#include "resident_session.h"
#include "ticket_controller.h"
#include "ticket_fixture.h"
#include "ticket_print_controller.h"
#include "tickets_backend.h"

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>

using namespace linli::tickets;
using linli::printing::PrinterBackend;
using linli::printing::PrinterSettings;
using linli::tickets::test::TicketFixture;

namespace {

class TicketPrintingTest : public TicketFixture {
protected:
    TicketPrintingTest() { language.select(QStringLiteral("zh")); }

    // The kiosk's tickets backend with this [printer] section.
    void wire(const PrinterSettings &printer)
    {
        session = std::make_unique<ResidentSession>(&*db, clock, zone, language, 90);
        KioskContext context{ &*db, &clock, zone, &language, session.get(), nullptr,
            QStringLiteral(LINLI_DEMO_DIR), &*key, QStringLiteral("demo-kiosk-01") };
        context.printer = printer;
        backend = std::make_unique<TicketsBackend>(context);
        controller = std::make_unique<TicketPrintController>();
        controller->setTickets(backend.get());
    }
    // What the booked screen's card shows for the booking.
    TicketRow shown(const QString &bookingId)
    {
        TicketController c;
        c.setTickets(backend.get());
        c.setSource(TicketController::Booking);
        c.setSourceId(bookingId);
        c.componentComplete();
        EXPECT_TRUE(c.issued()) << c.reason().toStdString();
        return { c.text(), c.code(), c.spokenCode(), c.title(), c.validity() };
    }
    void press(const TicketRow &row)
    {
        controller->printReceipt(
            QStringLiteral("和平社区服务中心"), row.text, row.code, row.title, row.validity);
    }
    // Runs the event loop until the controller leaves Printing (20 s is a failure).
    void waitForOutcome()
    {
        QSignalSpy changed(controller.get(), &TicketPrintController::changed);
        while (controller->state() == TicketPrintController::State::Printing && changed.wait(20000)) { }
        EXPECT_NE(controller->state(), TicketPrintController::State::Printing) << "never answered";
    }
    QStringList receipts() const
    {
        return QDir(dir.path() + QStringLiteral("/receipts"))
            .entryList({ QStringLiteral("receipt-*.png") }, QDir::Files, QDir::Name);
    }

    LanguageController language;
    std::unique_ptr<ResidentSession> session;
    std::unique_ptr<TicketsBackend> backend;
    std::unique_ptr<TicketPrintController> controller;
};

} // namespace

TEST_F(TicketPrintingTest, TheReceiptPrintsOnceWhosePngHoldsTheTicketsQrCode)
{
    const QString receiptsDir = dir.path() + QStringLiteral("/receipts");
    ASSERT_TRUE(QDir().mkpath(receiptsDir));
    wire({ PrinterBackend::File, receiptsDir, linli::printing::kPaperDots80mm, 5000 });
    ASSERT_TRUE(controller->available());
    const QString bookingId = bookDance();
    const TicketRow row = shown(bookingId);

    press(row);
    EXPECT_EQ(controller->state(), TicketPrintController::State::Printing);
    EXPECT_TRUE(controller->message().isEmpty());
    press(row); // a second press while printing: nothing more
    waitForOutcome();
    EXPECT_EQ(controller->state(), TicketPrintController::State::Printed);
    EXPECT_EQ(controller->message(), QStringLiteral("已打印，请取走凭条"));

    const QStringList written = receipts();
    ASSERT_EQ(written.size(), 1) << "one press, one receipt";
    const QImage receipt(receiptsDir + u'/' + written.first());
    EXPECT_EQ(receipt.width(), linli::printing::kPaperDots80mm);
    const QString read = linli::printing::test::readQr(receipt);
    EXPECT_EQ(read, row.text);
    setNow("2026-11-23T14:50:00"); // within the check-in window
    EXPECT_EQ(office->inspect(read).status, TicketStatus::Accepted);

    press(row); // printed: the resident may ask for another
    waitForOutcome();
    EXPECT_EQ(receipts().size(), 2);
}

TEST_F(TicketPrintingTest, APrinterThatNeverAnswersFailsInWordsAndTheBookingStands)
{
    QTcpServer dead; // accepts, never reads nor answers
    ASSERT_TRUE(dead.listen(QHostAddress::LocalHost));
    wire({ PrinterBackend::Tcp, QStringLiteral("127.0.0.1:%1").arg(dead.serverPort()),
        linli::printing::kPaperDots80mm, 1000 });
    const QString bookingId = bookDance();
    const TicketRow row = shown(bookingId);
    const qint64 outboxBefore = count("SELECT COUNT(*) FROM outbox");

    press(row);
    waitForOutcome();
    EXPECT_EQ(controller->state(), TicketPrintController::State::Failed);
    EXPECT_EQ(
        controller->message(), QStringLiteral("打印失败，您的预约/订餐仍然有效\n打印机没有应答（超时）。"));
    language.select(QStringLiteral("en"));
    EXPECT_EQ(controller->message(),
        QStringLiteral("Printing failed — your booking stands\nThe printer did not answer in time."));

    EXPECT_EQ(rooms->find(bookingId)->status, linli::booking::BookingStatus::Confirmed);
    EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), outboxBefore) << "a failed print writes nothing";
    EXPECT_EQ(shown(bookingId).text, row.text) << "the same ticket";
    setNow("2026-11-23T14:50:00");
    EXPECT_EQ(office->inspect(row.text).status, TicketStatus::Accepted);
}

TEST_F(TicketPrintingTest, AnAbsentPrinterFailsAtOnceAndCanBeTriedAgain)
{
    wire({ PrinterBackend::File, QStringLiteral("/nonexistent/receipts"), linli::printing::kPaperDots80mm,
        5000 });
    const TicketRow row = shown(bookDance());
    press(row);
    waitForOutcome();
    EXPECT_EQ(controller->state(), TicketPrintController::State::Failed);
    EXPECT_TRUE(controller->message().startsWith(QStringLiteral("打印失败，您的预约/订餐仍然有效\n")));
    press(row);
    EXPECT_EQ(controller->state(), TicketPrintController::State::Printing) << "pressing again tries again";
    waitForOutcome();
}

TEST_F(TicketPrintingTest, WithoutAPrinterThereIsNoButtonAndPressingDoesNothing)
{
    wire({});
    EXPECT_FALSE(controller->available());
    EXPECT_EQ(backend->printer(), nullptr);
    press(shown(bookDance()));
    EXPECT_EQ(controller->state(), TicketPrintController::State::Idle);
}
