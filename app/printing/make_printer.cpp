#include "make_printer.h"

#include "device_printer.h"
#include "file_printer.h"
#include "tcp_printer.h"

namespace linli::printing {
namespace {

class NoPrinter : public Printer {
public:
    using Printer::Printer;

protected:
    void start(const QImage &) override { finishSoon(PrintResult::failed(PrintFailure::NotConfigured)); }
};

} // namespace

std::unique_ptr<Printer> makePrinter(const PrinterSettings &settings, QObject *parent)
{
    switch (settings.backend) {
    case PrinterBackend::File:
        return std::make_unique<FilePrinter>(settings.target, parent);
    case PrinterBackend::Tcp: {
        QString host;
        quint16 port = 0;
        if (parseTcpTarget(settings.target, &host, &port))
            return std::make_unique<TcpPrinter>(host, port, settings.timeoutMs, parent);
        break;
    }
    case PrinterBackend::Device:
        return std::make_unique<DevicePrinter>(settings.target, settings.timeoutMs, parent);
    case PrinterBackend::None:
        break;
    }
    return std::make_unique<NoPrinter>(parent);
}

} // namespace linli::printing
