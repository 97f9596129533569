#include "printing/printer_settings.h"

namespace linli::printing {

bool parseTcpTarget(const QString &target, QString *host, quint16 *port)
{
    const QString text = target.trimmed();
    const qsizetype colon = text.lastIndexOf(u':');
    QString hostPart = text;
    quint16 portValue = kRawPrintPort;
    if (colon >= 0) {
        bool ok = false;
        const uint value = text.mid(colon + 1).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return false;
        hostPart = text.left(colon);
        portValue = static_cast<quint16>(value);
    }
    if (hostPart.isEmpty() || hostPart.contains(u' ') || hostPart.contains(u'/'))
        return false;
    *host = hostPart;
    *port = portValue;
    return true;
}

} // namespace linli::printing
