#include "pdf_report.h"

#include "pdf_layout.h"
#include "pdf_text_fix.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

using namespace pdf;

namespace {

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5f, 0x5f, 0x5f);
const QColor kRule(0xc4, 0xc4, 0xc4);
const QColor kHeaderFill(0xe4, 0xe7, 0xea);
const QColor kGroupFill(0xf2, 0xf3, 0xf4);

// Draws one document's pages (or, without a painter, only measures the headings).
class Sheets {
public:
    Sheets(const ReportDocument &doc, QPdfWriter &writer)
        : m_doc(doc)
        , m_layout(doc, &writer)
    {
        m_layout.paginate(heading(nullptr), continuation(nullptr));
    }
    const Layout &layout() const { return m_layout; }

    int write(QPdfWriter &writer) const
    {
        QPainter p(&writer);
        const auto &pages = m_layout.pages;
        for (std::size_t page = 0; page < pages.size(); ++page) {
            if (page > 0)
                writer.newPage();
            const double y = page == 0 ? heading(&p) : continuation(&p);
            if (m_doc.rows.empty())
                empty(&p, y);
            else
                tableHeader(&p, y);
            for (const Layout::Placed &placed : pages[page])
                drawRow(&p, *placed.row, placed.top);
            if (page + 1 == pages.size() && !m_doc.rows.empty())
                rule(&p, m_layout.tableBottom, kInk, 0.4);
            footer(&p, int(page) + 1);
        }
        return int(pages.size());
    }

private:
    // Draws a line of text (when painting) and returns where the next one starts.
    double line(
        QPainter *p, double y, const QFont &f, const QColor &color, const QString &text, double after) const
    {
        const double h = m_layout.textHeight(f, text, m_layout.width);
        if (p) {
            p->setFont(f);
            p->setPen(color);
            p->drawText(QRectF(m_layout.left, y, m_layout.width, h), kWrap, text);
        }
        return y + h + mm(after);
    }
    double heading(QPainter *p) const
    {
        double y = mm(kMarginTop);
        y = line(p, y, font(10), kMuted, m_doc.hall, 1.5);
        y = line(p, y, font(20, true), kInk, m_doc.title, 1);
        y = line(p, y, font(14, true), kInk, m_doc.meal, 1.5);
        y = line(p, y, font(9), kMuted, m_doc.generated, 2.5);
        for (const QString &note : m_doc.notes)
            y = line(p, y, font(10.5), kInk, note, 1);
        return y + mm(4);
    }
    double continuation(QPainter *p) const
    {
        const QString what = m_doc.title + QStringLiteral(" · ") + m_doc.meal;
        return line(p, mm(kMarginTop), font(10, true), kMuted, what, 1) + mm(3);
    }

    void rule(QPainter *p, double y, const QColor &color, double thicknessMm) const
    {
        p->setPen(QPen(color, mm(thicknessMm)));
        p->drawLine(QPointF(m_layout.left, y), QPointF(m_layout.left + m_layout.width, y));
    }
    QRectF cell(qsizetype column, double y, double h) const
    {
        return QRectF(m_layout.x[column] + mm(kPadX), y + mm(kPadY), m_layout.w[column] - 2 * mm(kPadX), h);
    }

    void tableHeader(QPainter *p, double y) const
    {
        const double h = m_layout.headerRowHeight();
        p->fillRect(QRectF(m_layout.left, y, m_layout.width, h), kHeaderFill);
        rule(p, y, kInk, 0.4);
        p->setFont(m_layout.headerFont());
        p->setPen(kInk);
        for (qsizetype c = 0; c < m_layout.x.size(); ++c) {
            const ReportColumn &col = m_doc.columns[c];
            const int align = col.number ? Qt::AlignRight : col.tickBox ? Qt::AlignHCenter : Qt::AlignLeft;
            p->drawText(cell(c, y, h), kWrap | align, col.title);
        }
        rule(p, y + h, kInk, 0.25);
    }

    void drawRow(QPainter *p, const ReportRow &row, double y) const
    {
        const double h = m_layout.rowHeight(row);
        p->setFont(m_layout.rowFont(row));
        p->setPen(kInk);
        if (row.kind == ReportRow::Kind::Group) {
            p->fillRect(QRectF(m_layout.left, y, m_layout.width, h), kGroupFill);
            p->drawText(
                QRectF(m_layout.left + mm(kPadX), y + mm(kPadY + 0.6), m_layout.width - 2 * mm(kPadX), h),
                kWrap, row.cells.value(0));
            rule(p, y + h, kRule, 0.2);
            return;
        }
        if (row.kind == ReportRow::Kind::Total)
            rule(p, y, kInk, 0.35);
        for (qsizetype c = 0; c < m_layout.x.size(); ++c) {
            const ReportColumn &col = m_doc.columns[c];
            if (col.tickBox && row.kind == ReportRow::Kind::Item) { // a box to tick by hand
                const double side = mm(4.2);
                p->setPen(QPen(kInk, mm(0.25)));
                p->drawRect(
                    QRectF(m_layout.x[c] + (m_layout.w[c] - side) / 2, y + mm(kPadY + 0.4), side, side));
                continue;
            }
            p->setPen(kInk);
            p->drawText(
                cell(c, y, h), kWrap | (col.number ? Qt::AlignRight : Qt::AlignLeft), row.cells.value(c));
        }
        if (row.kind == ReportRow::Kind::Item)
            rule(p, y + h, kRule, 0.2);
    }

    void empty(QPainter *p, double y) const
    {
        const double h = m_layout.textHeight(font(12), m_doc.empty, m_layout.width) + mm(12);
        const QRectF box(m_layout.left, y, m_layout.width, h);
        p->setPen(QPen(kRule, mm(0.3)));
        p->drawRect(box);
        p->setFont(font(12));
        p->setPen(kMuted);
        p->drawText(box, Qt::AlignCenter | kWrap, m_doc.empty);
    }

    void footer(QPainter *p, int page) const
    {
        const double y = m_layout.bottom + mm(kFooterHeight - 4);
        rule(p, y - mm(1.5), kRule, 0.2);
        const QRectF box(m_layout.left, y, m_layout.width, mm(5));
        p->setFont(font(8));
        p->setPen(kMuted);
        p->drawText(box, Qt::AlignLeft | Qt::AlignTop, m_doc.footer);
        p->drawText(box, Qt::AlignRight | Qt::AlignTop, m_doc.pageOf.arg(page).arg(m_layout.pages.size()));
    }

    const ReportDocument &m_doc;
    Layout m_layout;
};

// A4 portrait, the whole sheet addressable (the margins are the layout's own).
void setUp(QPdfWriter &writer, const ReportDocument &document)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(kDpi);
    writer.setTitle(document.footer);
    writer.setCreator(QStringLiteral("Linli 邻里 linli-kiosk"));
}

} // namespace

PdfPages pdfPages(const ReportDocument &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUp(writer, document);
    const Sheets sheets(document, writer);
    PdfPages out;
    out.pageOfRow.resize(document.rows.size());
    const auto &pages = sheets.layout().pages;
    for (std::size_t page = 0; page < pages.size(); ++page) {
        out.namedAgain << QString();
        for (const Layout::Placed &placed : pages[page]) {
            if (placed.index < out.pageOfRow.size())
                out.pageOfRow[placed.index] = int(page) + 1;
            else
                out.namedAgain.back() = placed.row->cells.value(0);
        }
    }
    return out;
}

PdfReport renderPdfReport(const ReportDocument &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUp(writer, document);
    const int pages = Sheets(document, writer).write(writer);
    buffer.close();
    static const auto ideographOf = ideographsSharingRadicalGlyphs(font(10));
    return { withIdeographsForRadicals(buffer.data(), ideographOf), pages };
}
