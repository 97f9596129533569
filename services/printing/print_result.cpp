#include "printing/print_result.h"

namespace linli::printing {

LocalizedText PrintResult::reason() const
{
    switch (failure) {
    case PrintFailure::None:
        return { QStringLiteral("已打印。"), QStringLiteral("Printed.") };
    case PrintFailure::NotConfigured:
        return { QStringLiteral("本终端没有配置打印机。"),
            QStringLiteral("No printer is configured on this kiosk.") };
    case PrintFailure::PrinterAbsent:
        return { QStringLiteral("找不到打印机（未连接或未开机）。"),
            QStringLiteral("The printer is absent (not connected or switched off).") };
    case PrintFailure::ConnectionRefused:
        return { QStringLiteral("打印机拒绝连接。"), QStringLiteral("The printer refused the connection.") };
    case PrintFailure::OutOfPaper:
        return { QStringLiteral("打印机缺纸。"), QStringLiteral("The printer is out of paper.") };
    case PrintFailure::TimedOut:
        return { QStringLiteral("打印机没有应答（超时）。"),
            QStringLiteral("The printer did not answer in time.") };
    case PrintFailure::WriteFailed:
        return { QStringLiteral("无法向打印机发送数据。"),
            QStringLiteral("The receipt could not be sent to the printer.") };
    case PrintFailure::Busy:
        return { QStringLiteral("打印机正忙，请稍后再试。"),
            QStringLiteral("The printer is busy; try again shortly.") };
    }
    return {};
}

LocalizedText printFailedNotice()
{
    return { QStringLiteral("打印失败，您的预约/订餐仍然有效"),
        QStringLiteral("Printing failed — your booking stands") };
}

} // namespace linli::printing
