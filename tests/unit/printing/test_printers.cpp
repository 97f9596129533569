// The printers: a PNG file, a network printer's raw port (a local listener that decodes the
// ESC/POS raster and reads its QR code), a device file; and every way they fail, quickly,
// with the caller's event loop running all along.
#include "device_printer.h"
#include "file_printer.h"
#include "make_printer.h"
#include "mono_image.h"
#include "receipt_checks.h"
#include "support/temp_dir.h"
#include "tcp_printer.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <sys/stat.h>
#include <unistd.h>

using namespace linli::printing;

namespace {

QImage sampleImage()
{
    return renderReceipt(test::sampleReceipt(), kPaperDots80mm);
}

struct Outcome {
    PrintResult result;
    qint64 elapsedMs = 0;
    int ticks = 0; // a 10 ms timer's firings while waiting: the event loop kept running
};

// Prints and runs the event loop until the printer answers (or 20 s, a test failure).
Outcome printAndWait(Printer &printer, const QImage &image)
{
    Outcome outcome;
    QEventLoop loop;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++outcome.ticks; });
    ticker.start(10);
    bool answered = false;
    QObject::connect(&printer, &Printer::finished, &loop, [&](const PrintResult &result) {
        outcome.result = result;
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    printer.print(image);
    if (!answered)
        loop.exec();
    outcome.elapsedMs = clock.elapsed();
    EXPECT_TRUE(answered) << "the printer never answered";
    return outcome;
}

// A network printer on 127.0.0.1: keeps every byte and answers DLE EOT 4 with statusByte.
class FakeNetworkPrinter : public QObject {
public:
    explicit FakeNetworkPrinter(char statusByte, bool reads = true)
        : m_status(statusByte)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this, reads] {
            QTcpSocket *client = m_server.nextPendingConnection();
            if (!reads)
                return; // accepts, then never reads nor answers
            connect(client, &QTcpSocket::readyRead, this, [this, client] {
                received += client->readAll();
                if (received.endsWith(paperStatusQuery()))
                    client->write(QByteArray(1, m_status));
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;

private:
    QTcpServer m_server;
    char m_status;
};

} // namespace

TEST(FilePrinter, WritesThePngOfTheReceipt)
{
    linli::test::TempDir dir;
    FilePrinter printer(dir.path());
    const Outcome outcome = printAndWait(printer, sampleImage());
    EXPECT_TRUE(outcome.result.printed()) << outcome.result.detail.toStdString();
    const QImage written(printer.lastFile());
    // LINLI_KEEP_RECEIPT=/tmp/receipt.png keeps it to look at.
    if (const QString keep = qEnvironmentVariable("LINLI_KEEP_RECEIPT"); !keep.isEmpty())
        QFile::copy(printer.lastFile(), keep);
    ASSERT_FALSE(written.isNull()) << printer.lastFile().toStdString();
    EXPECT_EQ(written.width(), kPaperDots80mm);
    EXPECT_EQ(test::readQr(written), test::sampleReceipt().qrText);
}

TEST(FilePrinter, AMissingDirectoryIsAbsent)
{
    FilePrinter printer(QStringLiteral("/nonexistent/receipts"));
    EXPECT_EQ(printAndWait(printer, sampleImage()).result.failure, PrintFailure::PrinterAbsent);
}

TEST(TcpPrinter, TheListenerGetsEscPosWhoseRasterReadsAsTheTicket)
{
    FakeNetworkPrinter listener(0x12);
    TcpPrinter printer(QStringLiteral("127.0.0.1"), listener.port(), 5000);
    const Outcome outcome = printAndWait(printer, sampleImage());
    EXPECT_TRUE(outcome.result.printed()) << outcome.result.reason().en.toStdString();
    const auto raster = test::rasterFromJob(listener.received);
    ASSERT_TRUE(raster) << "not an ESC/POS raster job: " << listener.received.left(16).toHex().toStdString();
    EXPECT_EQ(raster->widthDots(), kPaperDots80mm);
    EXPECT_TRUE(listener.received.contains(QByteArray("\x1d\x56\x01", 3))) << "no cut";
    EXPECT_EQ(test::readQr(fromMonoRaster(*raster)), test::sampleReceipt().qrText);
}

TEST(TcpPrinter, PaperEndInTheStatusIsOutOfPaper)
{
    FakeNetworkPrinter listener(0x72);
    TcpPrinter printer(QStringLiteral("127.0.0.1"), listener.port(), 5000);
    const PrintResult result = printAndWait(printer, sampleImage()).result;
    EXPECT_EQ(result.failure, PrintFailure::OutOfPaper);
    EXPECT_EQ(result.reason().zh, QStringLiteral("打印机缺纸。"));
}

TEST(TcpPrinter, AClosedPortIsRefusedQuickly)
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    TcpPrinter printer(QStringLiteral("127.0.0.1"), closedPort, 5000);
    const Outcome outcome = printAndWait(printer, sampleImage());
    EXPECT_EQ(outcome.result.failure, PrintFailure::ConnectionRefused);
    EXPECT_LT(outcome.elapsedMs, 2000);
}

TEST(TcpPrinter, APrinterThatNeverAnswersTimesOutWhileTheEventLoopRuns)
{
    FakeNetworkPrinter silent(0x12, false);
    TcpPrinter printer(QStringLiteral("127.0.0.1"), silent.port(), 400);
    const Outcome outcome = printAndWait(printer, sampleImage());
    EXPECT_EQ(outcome.result.failure, PrintFailure::TimedOut);
    EXPECT_GE(outcome.elapsedMs, 380); // Qt's coarse timers may fire up to 5 % early
    EXPECT_LT(outcome.elapsedMs, 3000);
    EXPECT_GE(outcome.ticks, 3) << "the event loop was held while printing"; // 40 when idle; few under load
}

TEST(TcpPrinter, ASecondReceiptWhilePrintingIsBusyAndTheFirstGoesOn)
{
    FakeNetworkPrinter listener(0x12);
    TcpPrinter printer(QStringLiteral("127.0.0.1"), listener.port(), 5000);
    QSignalSpy answers(&printer, &Printer::finished);
    printer.print(sampleImage());
    printer.print(sampleImage());
    ASSERT_TRUE(answers.wait(5000));
    if (answers.size() < 2) {
        ASSERT_TRUE(answers.wait(5000));
    }
    ASSERT_EQ(answers.size(), 2);
    EXPECT_EQ(answers.at(0).at(0).value<PrintResult>().failure, PrintFailure::Busy);
    EXPECT_TRUE(answers.at(1).at(0).value<PrintResult>().printed());
}

TEST(DevicePrinter, AMissingDeviceIsAbsent)
{
    DevicePrinter printer(QStringLiteral("/dev/usb/lp-not-here"), 5000);
    const PrintResult result = printAndWait(printer, sampleImage()).result;
    EXPECT_EQ(result.failure, PrintFailure::PrinterAbsent);
    EXPECT_TRUE(result.detail.contains(u"lp-not-here"));
}

TEST(DevicePrinter, WritesTheJobToTheDeviceFile)
{
    linli::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("lp0"));
    QFile(path).open(QIODevice::WriteOnly); // a device node stands there already
    DevicePrinter printer(path, 5000);
    EXPECT_TRUE(printAndWait(printer, sampleImage()).result.printed());
    QFile written(path);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const auto raster = test::rasterFromJob(written.readAll());
    ASSERT_TRUE(raster);
    EXPECT_EQ(test::readQr(fromMonoRaster(*raster)), test::sampleReceipt().qrText);
}

TEST(DevicePrinter, APrinterThatStopsTakingBytesTimesOutWhileTheEventLoopRuns)
{
    // A FIFO whose reader never reads: the pipe fills as a stalled USB printer's queue does.
    linli::test::TempDir dir;
    const QByteArray fifo = QFile::encodeName(dir.file(QStringLiteral("lp0")));
    ASSERT_EQ(::mkfifo(fifo.constData(), 0600), 0);
    const int reader = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    DevicePrinter printer(QFile::decodeName(fifo), 400);
    const Outcome outcome = printAndWait(printer, sampleImage());
    ::close(reader);
    EXPECT_EQ(outcome.result.failure, PrintFailure::TimedOut);
    EXPECT_GE(outcome.ticks, 3) << "the event loop was held while printing"; // 40 when idle; few under load
}

TEST(DevicePrinter, AFifoNobodyReadsIsAbsent)
{
    linli::test::TempDir dir;
    const QByteArray fifo = QFile::encodeName(dir.file(QStringLiteral("lp0")));
    ASSERT_EQ(::mkfifo(fifo.constData(), 0600), 0);
    DevicePrinter printer(QFile::decodeName(fifo), 5000);
    EXPECT_EQ(printAndWait(printer, sampleImage()).result.failure, PrintFailure::PrinterAbsent);
}

TEST(MakePrinter, NoneConfiguredAnswersNotConfiguredAndOthersAreTheirBackends)
{
    auto none = makePrinter({});
    EXPECT_EQ(printAndWait(*none, sampleImage()).result.failure, PrintFailure::NotConfigured);
    EXPECT_NE(
        dynamic_cast<TcpPrinter *>(makePrinter({ PrinterBackend::Tcp, QStringLiteral("10.0.0.9") }).get()),
        nullptr);
    EXPECT_NE(dynamic_cast<DevicePrinter *>(
                  makePrinter({ PrinterBackend::Device, QStringLiteral("/dev/usb/lp0") }).get()),
        nullptr);
    EXPECT_NE(
        dynamic_cast<FilePrinter *>(makePrinter({ PrinterBackend::File, QStringLiteral("/tmp") }).get()),
        nullptr);
}
