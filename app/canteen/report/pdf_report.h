#pragma once

#include "report_document.h"

// Draws a report on A4 portrait pages with Qt's PDF writer, in Noto Sans CJK: the hall, the
// title, the meal, when it was printed and the notes at the top of the first page; the table's
// header again at the top of every page; rows never split across pages and a group heading
// kept with its first row; the footer and "Page n of m" at the foot of every page.
struct PdfReport {
    QByteArray bytes; // the whole PDF file
    int pages = 0;
};
PdfReport renderPdfReport(const ReportDocument &document);
// How renderPdfReport lays the table out.
struct PdfPages {
    std::vector<int> pageOfRow; // the page (1, 2 ...) each row goes on
    QStringList namedAgain; // per page: the group named again at its top, "" for none
};
PdfPages pdfPages(const ReportDocument &document);
