// linli-print-test: staff print a sample receipt on the printer the kiosk's INI names (or
// --file DIR, --tcp HOST[:PORT], --device PATH) and read whether it printed, and why not.
#include "config/kiosk_config.h"
#include "make_printer.h"
#include "receipt.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QGuiApplication>

using namespace linli::printing;

namespace {

ReceiptContent sampleContent()
{
    ReceiptContent c;
    c.hallName = QStringLiteral("邻里服务中心 · 打印测试");
    c.title = QStringLiteral("打印机测试 Printer test");
    c.details = { QStringLiteral("中文、English 与二维码应清晰可读。"),
        QStringLiteral("Chinese, English and the QR code should read clearly.") };
    c.qrText = QStringLiteral("LT1:PRINTER TEST 0123456789");
    c.humanCode = QStringLiteral("23456789AB");
    c.footer = QStringLiteral("打印成功即可撕下 · Tear off when printed");
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints a sample receipt on the kiosk's receipt printer."));
    parser.addHelpOption();
    const QCommandLineOption config(
        QStringLiteral("config"), QStringLiteral("The kiosk's INI file."), QStringLiteral("FILE"));
    const QCommandLineOption file(
        QStringLiteral("file"), QStringLiteral("Write a PNG into DIR instead."), QStringLiteral("DIR"));
    const QCommandLineOption tcp(
        QStringLiteral("tcp"), QStringLiteral("A network printer."), QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption device(
        QStringLiteral("device"), QStringLiteral("A device file."), QStringLiteral("PATH"));
    const QCommandLineOption dots(
        QStringLiteral("paper-dots"), QStringLiteral("576 or 384."), QStringLiteral("N"));
    parser.addOptions({ config, file, tcp, device, dots });
    parser.process(app);

    const auto loaded = linli::config::loadKioskConfig(parser.value(config));
    for (const QString &problem : loaded.describe(linli::Language::English))
        std::fprintf(stderr, "%s\n", qPrintable(problem));
    PrinterSettings settings = loaded.config.printer;
    if (parser.isSet(file))
        settings = { PrinterBackend::File, parser.value(file), settings.paperDots, settings.timeoutMs };
    if (parser.isSet(tcp))
        settings = { PrinterBackend::Tcp, parser.value(tcp), settings.paperDots, settings.timeoutMs };
    if (parser.isSet(device))
        settings = { PrinterBackend::Device, parser.value(device), settings.paperDots, settings.timeoutMs };
    if (parser.isSet(dots))
        settings.paperDots = parser.value(dots).toInt() == kPaperDots58mm ? kPaperDots58mm : kPaperDots80mm;

    auto printer = makePrinter(settings);
    int status = 1;
    QObject::connect(printer.get(), &Printer::finished, &app, [&](const PrintResult &result) {
        std::printf("%s\n%s\n", qPrintable(result.reason().zh), qPrintable(result.reason().en));
        if (!result.detail.isEmpty())
            std::printf("%s\n", qPrintable(result.detail));
        status = result.printed() ? 0 : 1;
        app.quit();
    });
    printer->print(renderReceipt(sampleContent(), settings.paperDots));
    app.exec();
    return status;
}
