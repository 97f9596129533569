#pragma once

#include "report_document.h"

#include <deque>
#include <QColor>
#include <QFont>
#include <QList>
#include <vector>

class QPaintDevice;

// How a report sits on A4 portrait pages: the sheet in millimetres (drawn at 300 dpi), the type,
// and where each row of the table goes.
namespace pdf {

inline constexpr int kDpi = 300;
inline double mm(double v)
{
    return v * kDpi / 25.4;
}
inline constexpr double kMarginSide = 15, kMarginTop = 16, kMarginBottom = 14, kFooterHeight = 8;
inline constexpr double kPadX = 1.8, kPadY = 1.5; // inside a table cell
inline constexpr int kWrap = Qt::TextWordWrap;

// Noto Sans CJK, unshaped (see pdf_layout.cpp).
QFont font(double points, bool bold = false);

class Layout {
public:
    // A row of the table on a page: `index` in the document, or SIZE_MAX for a group's heading
    // named again at the top of a page it goes on over.
    struct Placed {
        const ReportRow *row;
        std::size_t index;
        double top;
    };

    Layout(const ReportDocument &doc, const QPaintDevice *device);

    double textHeight(const QFont &f, const QString &text, double width) const;
    QFont rowFont(const ReportRow &row) const;
    QFont headerFont() const;
    double rowHeight(const ReportRow &row) const;
    double headerRowHeight() const;

    // Lays the rows out below `firstTop` on page 1 and `nextTop` on the pages after.
    void paginate(double firstTop, double nextTop);

    const ReportDocument &doc;
    const QPaintDevice *device;
    double left, width, bottom; // the text block; `bottom` is above the footer
    QList<double> x, w; // each column's left edge and width
    std::vector<std::vector<Placed>> pages;
    double tableBottom = 0; // below the last row

private:
    std::deque<ReportRow> m_namedAgain; // the headings repeated after page breaks
};

} // namespace pdf
