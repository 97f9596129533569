#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace linli::printing {

// What a ticket's receipt says, top to bottom. The caller words it (in the resident's
// language); the receipt only lays it out.
struct ReceiptContent {
    QString hallName; // 邻里中心·和平社区服务中心
    QString title; // 活动室预约 / Room booking
    QStringList details; // one line each: place, date and time, party size…
    QString qrText; // the ticket's text (LT1:…), drawn as its QR code
    QString humanCode; // ABCDEFGHJK, printed under the QR code, spaced
    QString footer; // what to do with it
};

// The receipt as one 1-bit image (Format_Mono, index 1 = black) paperDots wide: hall name,
// title and details in Noto Sans CJK, a dashed rule, the QR code with whole-dot modules
// (6-8 dots each) and its quiet zone, the human code, the footer.
QImage renderReceipt(const ReceiptContent &content, int paperDots);

// The font the receipt is set in (CJK glyphs, so Chinese needs no printer fonts).
QString receiptFontFamily();

} // namespace linli::printing
