#include "pdf_layout.h"

#include <QFontMetricsF>
#include <QPaintDevice>

namespace pdf {

QFont font(double points, bool bold)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    // Glyphs straight from the font's character map: shaping gave the digits of Latin text
    // alternate glyphs that the PDF's ToUnicode map cannot name, so "10:00" could not be found.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

Layout::Layout(const ReportDocument &document, const QPaintDevice *paintDevice)
    : doc(document)
    , device(paintDevice)
    , left(mm(kMarginSide))
    , width(paintDevice->width() - 2 * mm(kMarginSide))
    , bottom(paintDevice->height() - mm(kMarginBottom + kFooterHeight))
{
    double total = 0;
    for (const ReportColumn &c : doc.columns)
        total += c.width;
    double at = left;
    for (const ReportColumn &c : doc.columns) {
        x << at;
        w << width * c.width / total;
        at += w.back();
    }
}

double Layout::textHeight(const QFont &f, const QString &text, double within) const
{
    // QFontMetricsF takes a non-const device but only reads its resolution.
    return QFontMetricsF(f, const_cast<QPaintDevice *>(device))
        .boundingRect(QRectF(0, 0, within, 1e6), kWrap, text)
        .height();
}

QFont Layout::rowFont(const ReportRow &row) const
{
    return font(
        doc.tablePoints + (row.kind == ReportRow::Kind::Group ? 0.5 : 0), row.kind != ReportRow::Kind::Item);
}

QFont Layout::headerFont() const
{
    return font(std::max(9.5, doc.tablePoints - 0.5), true);
}

double Layout::rowHeight(const ReportRow &row) const
{
    if (row.kind == ReportRow::Kind::Group)
        return textHeight(rowFont(row), row.cells.value(0), width - 2 * mm(kPadX)) + 2 * mm(kPadY + 0.6);
    double h = 0;
    for (qsizetype c = 0; c < x.size(); ++c)
        h = std::max(h, textHeight(rowFont(row), row.cells.value(c), w[c] - 2 * mm(kPadX)));
    return h + 2 * mm(kPadY);
}

double Layout::headerRowHeight() const
{
    double h = 0;
    for (qsizetype c = 0; c < x.size(); ++c)
        h = std::max(h, textHeight(headerFont(), doc.columns[c].title, w[c] - 2 * mm(kPadX)));
    return h + 2 * mm(kPadY);
}

// A row that does not fit starts a new page, a group heading goes with the row after it, and a
// group that goes on over a page break is named again at the top of the next page ("北线（续）").
void Layout::paginate(double firstTop, double nextTop)
{
    const double header = doc.rows.empty() ? 0 : headerRowHeight();
    pages.assign(1, {});
    m_namedAgain.clear();
    const ReportRow *group = nullptr;
    double y = firstTop + header;
    for (std::size_t i = 0; i < doc.rows.size(); ++i) {
        const ReportRow &row = doc.rows[i];
        const double h = rowHeight(row);
        double need = h;
        if (row.kind == ReportRow::Kind::Group && i + 1 < doc.rows.size())
            need += rowHeight(doc.rows[i + 1]);
        if (y + need > bottom && !pages.back().empty()) {
            pages.emplace_back();
            y = nextTop + header;
            if (group && row.kind == ReportRow::Kind::Item) {
                m_namedAgain.push_back(
                    { ReportRow::Kind::Group, { doc.continued.arg(group->cells.value(0)) } });
                pages.back().push_back({ &m_namedAgain.back(), SIZE_MAX, y });
                y += rowHeight(m_namedAgain.back());
            }
        }
        if (row.kind == ReportRow::Kind::Group)
            group = &row;
        pages.back().push_back({ &row, i, y });
        y += h;
    }
    tableBottom = y;
}

} // namespace pdf
