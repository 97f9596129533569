#include "tickets/ticket_text.h"

#include <QRegularExpression>

namespace linli::tickets {

namespace {

void appendU16(QByteArray &out, qsizetype n)
{
    out.append(static_cast<char>((n >> 8) & 0xFF));
    out.append(static_cast<char>(n & 0xFF));
}

int u16At(const QByteArray &b, qsizetype i)
{
    return (static_cast<unsigned char>(b[i]) << 8) | static_cast<unsigned char>(b[i + 1]);
}

// The part a scanner adds or a person might: blanks before, line ends and tabs after. A blank
// at the end stays: it is a Base45 character.
QString trimmed(const QString &scanned)
{
    qsizetype from = 0, to = scanned.size();
    while (from < to && scanned[from].isSpace())
        ++from;
    while (to > from && (scanned[to - 1] == u'\r' || scanned[to - 1] == u'\n' || scanned[to - 1] == u'\t'))
        --to;
    return scanned.mid(from, to - from);
}

} // namespace

QString ticketText(const SignedBody &s)
{
    QByteArray raw;
    raw.reserve(4 + s.body.size() + s.signature.size());
    appendU16(raw, s.body.size());
    raw.append(s.body);
    appendU16(raw, s.signature.size());
    raw.append(s.signature);
    return QLatin1String(kTextPrefix) + QString::fromLatin1(base45::encode(raw));
}

DecodedText decodeTicketText(const QString &scanned)
{
    using Problem = DecodedText::Problem;
    static const QRegularExpression prefix(QStringLiteral("^LT(\\d{1,3}):"));
    DecodedText decoded;
    const QString whole = trimmed(scanned);
    const QRegularExpressionMatch match = prefix.match(whole.left(8).toUpper());
    if (!match.hasMatch())
        return decoded; // NotATicket
    if (match.captured(0) != QLatin1String(kTextPrefix)) {
        decoded.problem = Problem::UnsupportedVersion;
        return decoded;
    }
    decoded.problem = Problem::Damaged;
    if (whole.size() > kMaxTicketTextLength)
        return decoded; // before any copy of a text that may be megabytes long
    const QString text = whole.toUpper();
    const QString payload = text.mid(match.capturedLength());
    for (const QChar c : payload) {
        if (c.unicode() > 0x7F)
            return decoded;
    }
    const auto raw = base45::decode(payload.toLatin1());
    if (!raw || raw->size() < 4)
        return decoded;
    const int bodyLength = u16At(*raw, 0);
    if (bodyLength < 1 || 2 + bodyLength + 2 > raw->size())
        return decoded;
    const int signatureLength = u16At(*raw, 2 + bodyLength);
    if (signatureLength != kSignatureBytes || 2 + bodyLength + 2 + signatureLength != raw->size())
        return decoded;
    decoded.ticket.body = raw->mid(2, bodyLength);
    decoded.ticket.signature = raw->mid(2 + bodyLength + 2);
    decoded.problem = Problem::None;
    return decoded;
}

} // namespace linli::tickets
