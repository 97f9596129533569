#include "receipt.h"

#include "mono_image.h"
#include "printing/printing_log.h"
#include "tickets/human_code.h"
#include "tickets/ticket_qr.h"

#include <algorithm>
#include <QFontMetrics>
#include <QPainter>

namespace linli::printing {
namespace {

constexpr int kMaxModuleDots = 8; // 57 modules x 8 = 456 dots, 57 mm on 80 mm paper
constexpr int kTallestReceipt = 4000;

// Draws top to bottom, keeping the next free row; sizes are for 80 mm paper, scaled down (not
// below 3/4) for 58 mm. At 203 dpi 30 dots are 3.8 mm: a newspaper's large print.
class ReceiptPainter {
public:
    ReceiptPainter(QImage &canvas, int paperDots)
        : m_painter(&canvas)
        , m_width(paperDots)
        , m_scale(std::max(0.75, paperDots / double(kPaperDots80mm)))
        , m_margin(int(16 * m_scale))
    {
        m_painter.setPen(Qt::black);
    }

    void text(const QString &line, int pixelSize, bool bold, Qt::Alignment align = Qt::AlignHCenter)
    {
        if (line.isEmpty())
            return;
        QFont font(receiptFontFamily());
        font.setPixelSize(int(pixelSize * m_scale));
        font.setBold(bold);
        m_painter.setFont(font);
        const QRect box(m_margin, m_y, m_width - 2 * m_margin, kTallestReceipt);
        const int flags = int(align) | Qt::AlignTop | Qt::TextWordWrap;
        const QRect used = m_painter.boundingRect(box, flags, line);
        m_painter.drawText(box, flags, line);
        m_y += used.height() + int(6 * m_scale);
    }

    void dashedRule()
    {
        m_y += int(10 * m_scale);
        const int dash = int(12 * m_scale);
        for (int x = m_margin; x < m_width - m_margin; x += 2 * dash)
            m_painter.fillRect(x, m_y, std::min(dash, m_width - m_margin - x), 3, Qt::black);
        m_y += int(16 * m_scale);
    }

    // Whole-dot modules, the quiet zone left white, centred.
    void qrCode(const tickets::QrMatrix &qr)
    {
        const int quiet = tickets::kQrQuietZoneModules;
        const int module = std::min(kMaxModuleDots, m_width / (qr.size + 2 * quiet));
        const int side = module * (qr.size + 2 * quiet);
        const int left = (m_width - side) / 2 + quiet * module;
        const int top = m_y + quiet * module;
        for (int y = 0; y < qr.size; ++y)
            for (int x = 0; x < qr.size; ++x)
                if (qr.dark(x, y))
                    m_painter.fillRect(left + x * module, top + y * module, module, module, Qt::black);
        m_y += side;
    }

    void space(int dots) { m_y += int(dots * m_scale); }
    int height() const { return m_y; }

private:
    QPainter m_painter;
    int m_width;
    double m_scale;
    int m_margin;
    int m_y = 0;
};

} // namespace

QString receiptFontFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

QImage renderReceipt(const ReceiptContent &content, int paperDots)
{
    QImage canvas(paperDots, kTallestReceipt, QImage::Format_Grayscale8);
    canvas.fill(Qt::white);
    int height = 0;
    {
        ReceiptPainter p(canvas, paperDots);
        p.space(24);
        p.text(content.hallName, 34, true);
        p.dashedRule();
        p.text(content.title, 46, true);
        p.space(8);
        for (const QString &line : content.details)
            p.text(line, 30, false, Qt::AlignLeft);
        if (const auto qr = tickets::qrMatrix(content.qrText)) {
            p.qrCode(*qr);
        } else if (!content.qrText.isEmpty()) {
            qCWarning(lcPrinting) << "receipt: the ticket text makes no QR code; printing the code only";
            p.dashedRule();
        }
        p.text(tickets::spacedHumanCode(content.humanCode), 50, true);
        p.dashedRule();
        p.text(content.footer, 26, false);
        p.space(24);
        height = p.height();
    }
    return thresholdToMono(canvas.copy(0, 0, paperDots, std::min(height, kTallestReceipt)));
}

} // namespace linli::printing
