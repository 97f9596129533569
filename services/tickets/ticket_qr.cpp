#include "tickets/ticket_qr.h"

#include "tickets/tickets_log.h"

#include <memory>
#include <qrencode.h>

namespace linli::tickets {

std::optional<QrMatrix> qrMatrix(const QString &ticketText)
{
    const QByteArray text = ticketText.toLatin1();
    const std::unique_ptr<QRinput, decltype(&QRinput_free)> input(
        QRinput_new2(0, QR_ECLEVEL_M), &QRinput_free);
    if (!input
        || QRinput_append(input.get(), QR_MODE_AN, static_cast<int>(text.size()),
               reinterpret_cast<const unsigned char *>(text.constData()))
            != 0) {
        qCWarning(lcTickets) << "not a text for a QR code's alphanumeric mode, length" << text.size();
        return std::nullopt;
    }
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeInput(input.get()), &QRcode_free);
    if (!code || code->version > kMaxQrVersion) {
        qCWarning(lcTickets) << "a ticket text of" << text.size()
                             << "characters needs a QR code above version" << kMaxQrVersion;
        return std::nullopt;
    }
    QrMatrix matrix;
    matrix.version = code->version;
    matrix.size = code->width;
    matrix.modules.resize(static_cast<std::size_t>(code->width * code->width));
    for (std::size_t i = 0; i < matrix.modules.size(); ++i)
        matrix.modules[i] = (code->data[i] & 1) != 0; // bit 0: dark; the others say what the module is
    return matrix;
}

} // namespace linli::tickets
