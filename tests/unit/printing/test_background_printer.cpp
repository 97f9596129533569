// The printer the ticket screens use: the receipt drawn and sent on the printing thread, the
// answer back on the caller's, one job at a time, and the caller's event loop never held.
#include "background_printer.h"
#include "receipt_checks.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

using namespace linli::printing;

namespace {

struct Answer {
    int job = 0;
    PrintResult result;
    int ticks = 0; // a 10 ms timer's firings on the caller's thread while waiting
};

// Prints content and waits (the event loop running) for that job's answer; 20 s is a failure.
Answer printAndWait(BackgroundPrinter &printer, const ReceiptContent &content)
{
    Answer answer;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++answer.ticks; });
    ticker.start(10);
    QSignalSpy finished(&printer, &BackgroundPrinter::finished);
    const int job = printer.print(content);
    EXPECT_TRUE(printer.isPrinting());
    while (finished.isEmpty() && finished.wait(20000)) { }
    EXPECT_EQ(finished.size(), 1);
    if (finished.isEmpty())
        return answer;
    answer.job = finished.at(0).at(0).toInt();
    answer.result = finished.at(0).at(1).value<PrintResult>();
    EXPECT_EQ(answer.job, job);
    EXPECT_FALSE(printer.isPrinting());
    return answer;
}

QStringList receiptsIn(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("receipt-*.png") }, QDir::Files);
}

} // namespace

TEST(BackgroundPrinter, TheFileBackendWritesTheReceiptWhoseQrCodeReads)
{
    linli::test::TempDir dir;
    BackgroundPrinter printer({ PrinterBackend::File, dir.path(), kPaperDots80mm, 5000 });
    EXPECT_TRUE(printer.configured());
    const Answer answer = printAndWait(printer, test::sampleReceipt());
    EXPECT_TRUE(answer.result.printed()) << answer.result.detail.toStdString();
    const QStringList written = receiptsIn(dir.path());
    ASSERT_EQ(written.size(), 1);
    const QImage receipt(dir.file(written.first()));
    EXPECT_EQ(receipt.width(), kPaperDots80mm);
    EXPECT_EQ(test::readQr(receipt), test::sampleReceipt().qrText);
}

TEST(BackgroundPrinter, ASecondJobWhilePrintingIsBusyAndTheFirstStillPrints)
{
    linli::test::TempDir dir;
    BackgroundPrinter printer({ PrinterBackend::File, dir.path(), kPaperDots58mm, 5000 });
    QSignalSpy finished(&printer, &BackgroundPrinter::finished);
    const int first = printer.print(test::sampleReceipt());
    const int second = printer.print(test::sampleReceipt());
    EXPECT_NE(first, second);
    while (finished.size() < 2 && finished.wait(20000)) { }
    ASSERT_EQ(finished.size(), 2);
    for (const QList<QVariant> &answer : finished) {
        const auto result = answer.at(1).value<PrintResult>();
        if (answer.at(0).toInt() == second)
            EXPECT_EQ(result.failure, PrintFailure::Busy);
        else
            EXPECT_TRUE(result.printed()) << result.reason().en.toStdString();
    }
    EXPECT_EQ(receiptsIn(dir.path()).size(), 1);
}

TEST(BackgroundPrinter, APrinterThatAcceptsAndNeverAnswersFailsInTimeWhileTheCallerRuns)
{
    QTcpServer silent; // takes the connection, never reads nor answers
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    const QString target = QStringLiteral("127.0.0.1:%1").arg(silent.serverPort());
    BackgroundPrinter printer({ PrinterBackend::Tcp, target, kPaperDots80mm, 1000 });
    const Answer answer = printAndWait(printer, test::sampleReceipt());
    EXPECT_EQ(answer.result.failure, PrintFailure::TimedOut);
    EXPECT_GE(answer.ticks, 10) << "the caller's event loop was held"; // ~100 when idle
}

TEST(BackgroundPrinter, WithNoPrinterEveryJobSaysNotConfigured)
{
    BackgroundPrinter printer({ PrinterBackend::None, {}, kPaperDots80mm, 5000 });
    EXPECT_FALSE(printer.configured());
    EXPECT_EQ(printAndWait(printer, test::sampleReceipt()).result.failure, PrintFailure::NotConfigured);
}

TEST(BackgroundPrinter, GoingAwayMidJobNeitherHangsNorCrashes)
{
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    auto printer = std::make_unique<BackgroundPrinter>(PrinterSettings{ PrinterBackend::Tcp,
        QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()), kPaperDots80mm, 60000 });
    printer->print(test::sampleReceipt());
    QThread::msleep(50);
    printer.reset(); // the kiosk quitting with a receipt in the printer's queue
    SUCCEED();
}
