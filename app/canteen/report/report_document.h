#pragma once

#include "canteen/canteen_types.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace linli::storage {
class Database;
}
class HallFormat;

// A printable canteen report as the words and the table it holds, in one language: what the
// PDF shows (pdf_report.h draws it), readable and testable without drawing anything.
struct ReportColumn {
    QString title;
    double width = 1; // share of the table's width
    bool number = false; // right-aligned
    bool tickBox = false; // an empty box to tick by hand
};

struct ReportRow {
    enum class Kind { Item, Group, Total };
    Kind kind = Kind::Item;
    QStringList cells; // one per column; a Group row has one, spanning the table
};

struct ReportDocument {
    QString hall; // 长征桥社区服务综合体
    QString title; // 备餐统计 / Kitchen count
    QString meal; // 2026年11月23日 周一 · 午餐
    QString generated; // 生成时间：…
    QStringList notes; // under the heading: times, cut-off, totals
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;
    double tablePoints = 10; // type size of the table's rows
    QString empty; // said instead of the table when there are no rows
    QString footer; // at the foot of every page, before the page number
    QString pageOf; // "第 %1 页，共 %2 页" / "Page %1 of %2"
    QString continued = QStringLiteral("%1"); // a group named again on the next page: "%1（续）"
};

struct ReportRequest {
    QDate date;
    linli::canteen::MealPeriod period = linli::canteen::MealPeriod::Lunch;
    qint64 generatedUtc = 0;
    linli::Language language = linli::Language::Chinese; // of the content (names of dishes, the hall)
};

// The two reports, from the standing orders (services/canteen/kitchen.h). Words come through
// tr() in the language the installed translator gives, dates through `format`. Throw
// storage::StorageError.
class CanteenReport {
    Q_DECLARE_TR_FUNCTIONS(CanteenReport)
public:
    // Servings per dish, eat-in and delivered, with totals.
    static ReportDocument kitchen(
        linli::storage::Database &db, const HallFormat &format, const ReportRequest &r);
    // The stops in round order with name, full address (the printout is for staff), phone,
    // dishes and quantities, and the notes for whoever delivers.
    static ReportDocument delivery(
        linli::storage::Database &db, const HallFormat &format, const ReportRequest &r);

private:
    static ReportDocument heading(
        linli::storage::Database &db, const HallFormat &format, const ReportRequest &r, const QString &title);
};
