#include "pdf_text_fix.h"

#include <QList>
#include <QRawFont>
#include <QRegularExpression>

namespace {

QByteArray hex4(char32_t code)
{
    return QByteArray::number(uint(code), 16).toUpper().rightJustified(4, '0');
}

// One "<lo> <hi> <start>" or "<lo> <hi> [<a> <b> ...]" line of a bfrange, with radicals replaced.
QByteArray fixRange(const QByteArray &line, const QHash<char32_t, char32_t> &ideographOf)
{
    static const QRegularExpression range(QStringLiteral("^<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)> (.*)$"));
    static const QRegularExpression code(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    const auto m = range.match(QString::fromLatin1(line));
    if (!m.hasMatch())
        return line;
    const uint lo = m.captured(1).toUInt(nullptr, 16), hi = m.captured(2).toUInt(nullptr, 16);
    QString rest = m.captured(3);
    QStringList codes;
    if (rest.startsWith(u'[')) {
        for (auto it = code.globalMatch(rest); it.hasNext();)
            codes << it.next().captured(1);
    } else if (const auto start = code.match(rest); start.hasMatch() && hi >= lo) {
        const uint first = start.captured(1).toUInt(nullptr, 16);
        for (uint i = 0; i <= hi - lo; ++i)
            codes << QString::fromLatin1(hex4(first + i));
    } else {
        return line; // a code beyond the BMP: no radical there
    }
    bool changed = false;
    QByteArray out = line.left(line.indexOf('>', line.indexOf('>') + 1) + 1) + " [";
    for (const QString &c : codes) {
        const char32_t was = c.toUInt(nullptr, 16);
        const char32_t now = ideographOf.value(was, was);
        changed = changed || now != was;
        out += '<' + hex4(now) + "> ";
    }
    return changed ? out + ']' : line;
}

} // namespace

QHash<char32_t, char32_t> ideographsSharingRadicalGlyphs(const QFont &font)
{
    const QRawFont raw = QRawFont::fromFont(font);
    QHash<quint32, char32_t> ideographOfGlyph;
    QList<QChar> chars;
    for (char32_t c = 0x4E00; c <= 0x9FFF; ++c)
        chars << QChar(char16_t(c + 0));
    QList<quint32> glyphs(chars.size());
    int count = int(glyphs.size());
    if (!raw.isValid()
        || !raw.glyphIndexesForChars(chars.constData(), int(chars.size()), glyphs.data(), &count))
        return {};
    for (int i = 0; i < count; ++i)
        if (glyphs[i] != 0 && !ideographOfGlyph.contains(glyphs[i]))
            ideographOfGlyph.insert(glyphs[i], chars[i].unicode());
    QHash<char32_t, char32_t> out;
    for (char32_t r = 0x2E80; r <= 0x2FDF; ++r) {
        quint32 glyph = 0;
        int one = 1;
        const QChar c(char16_t(r + 0));
        if (raw.glyphIndexesForChars(&c, 1, &glyph, &one) && glyph != 0 && ideographOfGlyph.contains(glyph))
            out.insert(r, ideographOfGlyph.value(glyph));
    }
    return out;
}

QByteArray withIdeographsForRadicals(const QByteArray &pdf, const QHash<char32_t, char32_t> &ideographOf)
{
    static const QRegularExpression cmapObject(
        QStringLiteral("\\n(\\d+) 0 obj\\n<< /Length (\\d+) >>\\nstream\\n(?=/CIDInit)"));
    const QString text = QString::fromLatin1(pdf);
    QByteArray out;
    QList<std::pair<qsizetype, qsizetype>> shifts; // (position in the original, bytes added there)
    qsizetype copied = 0;
    for (auto it = cmapObject.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype streamStart = m.capturedEnd(0);
        const qsizetype length = m.captured(2).toLongLong();
        if (streamStart + length > pdf.size())
            return pdf;
        QList<QByteArray> lines = pdf.mid(streamStart, length).split('\n');
        for (QByteArray &line : lines)
            line = fixRange(line, ideographOf);
        const QByteArray cmap = lines.join('\n');
        const QByteArray head = "\n" + m.captured(1).toLatin1() + " 0 obj\n<< /Length "
            + QByteArray::number(cmap.size()) + " >>\nstream\n";
        out += pdf.mid(copied, m.capturedStart(0) - copied) + head + cmap;
        shifts.append(
            { m.capturedStart(0), head.size() + cmap.size() - (streamStart - m.capturedStart(0)) - length });
        copied = streamStart + length;
    }
    out += pdf.mid(copied);
    if (shifts.isEmpty())
        return pdf;
    const auto shiftOf = [&](qsizetype original) {
        qsizetype by = 0;
        for (const auto &[at, added] : shifts)
            if (at < original)
                by += added;
        return by;
    };
    // The cross-reference table: every object's offset, then where the table starts.
    static const QRegularExpression entry(QStringLiteral("(\\d{10}) (\\d{5}) n"));
    const qsizetype xref = out.lastIndexOf("\nxref\n");
    const qsizetype startxref = out.lastIndexOf("startxref\n");
    if (xref < 0 || startxref < xref)
        return pdf;
    QString table = QString::fromLatin1(out.mid(xref, startxref - xref));
    for (auto it = entry.globalMatch(table); it.hasNext();) {
        const auto e = it.next();
        const qsizetype offset = e.captured(1).toLongLong();
        table.replace(e.capturedStart(1), 10,
            QStringLiteral("%1").arg(offset + shiftOf(offset), 10, 10, QLatin1Char('0')));
    }
    const qsizetype oldXref = pdf.lastIndexOf("\nxref\n") + 1;
    return out.left(xref) + table.toLatin1() + "startxref\n" + QByteArray::number(oldXref + shiftOf(oldXref))
        + " \n%%EOF\n";
}
