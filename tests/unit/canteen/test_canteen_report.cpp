// The printable kitchen count and delivery list: the lines the PDF holds, from the orders that
// stand, in the report's language and the hall's time; the pages they are laid out on; and a
// PDF whose text reads back as the Chinese that was printed.
#include "canteen/canteen_orders.h"
#include "canteen_fixture.h"
#include "hall_format.h"
#include "language_controller.h"
#include "pdf_report.h"
#include "report_document.h"

#include <QRegularExpression>

using namespace linli::canteen;
using linli::canteen::test::CanteenFixture;

namespace {

// Now: Sunday 2026-11-22 10:00 in Shanghai; the reports are of Monday 23 November's lunch.
class CanteenReportTest : public CanteenFixture {
protected:
    MealOrder orderOk(const char *who, const char *dish, int quantity, bool delivery)
    {
        OrderRequest r;
        r.residentId = QString::fromLatin1(who);
        r.offerId = offerId(1, "lunch", dish);
        r.quantity = quantity;
        r.delivery = delivery;
        const auto result = orders.order(r);
        EXPECT_TRUE(result.ok) << result.reason.en.toStdString();
        return result.value;
    }
    ReportDocument kitchen(linli::Language in = linli::Language::Chinese, QDate day = QDate(2026, 11, 23))
    {
        language.setLanguage(in);
        return CanteenReport::kitchen(*db, format, { day, MealPeriod::Lunch, clock.nowSecs(), in });
    }
    ReportDocument delivery(linli::Language in = linli::Language::Chinese)
    {
        language.setLanguage(in);
        return CanteenReport::delivery(
            *db, format, { QDate(2026, 11, 23), MealPeriod::Lunch, clock.nowSecs(), in });
    }
    static std::vector<QStringList> cells(const ReportDocument &doc)
    {
        std::vector<QStringList> out;
        for (const ReportRow &row : doc.rows)
            out.push_back(row.cells);
        return out;
    }

    CanteenOrders orders{ *db, clock, hallTime() };
    LanguageController language;
    HallFormat format{ zone, language };
};

TEST_F(CanteenReportTest, KitchenCountHasTheHallTheMealWhenItWasMadeAndServingsPerDishWithTotals)
{
    orderOk("res-0004", "dish-set-a", 1, true); // 陈桂芳, delivered
    orderOk("res-0006", "dish-set-a", 2, false); // 刘志强
    orderOk("res-0001", "dish-steamed-fish", 1, false); // 张国明

    const ReportDocument doc = kitchen();
    EXPECT_EQ(doc.hall, QStringLiteral("长征桥社区服务综合体"));
    EXPECT_EQ(doc.title, QStringLiteral("备餐统计表"));
    EXPECT_EQ(doc.meal, QStringLiteral("2026年11月23日 周一 · 午餐"));
    EXPECT_EQ(doc.generated, QStringLiteral("制表时间：2026年11月22日 周日 10:00")); // the hall's clock
    EXPECT_EQ(doc.notes,
        (QStringList{ QStringLiteral("取餐 11:00–13:00 · 送餐上门 10:30–11:30"),
            QStringLiteral("订餐 10:00 截止，截止前份数还可能变化。") }));
    ASSERT_EQ(doc.columns.size(), 4u);
    EXPECT_EQ(doc.columns[1].title, QStringLiteral("堂食/自取"));
    EXPECT_EQ(doc.columns[2].title, QStringLiteral("送餐上门"));
    EXPECT_EQ(cells(doc),
        (std::vector<QStringList>{ { QStringLiteral("老年套餐A(两荤一素+米饭)"), "2", "1", "3" },
            { QStringLiteral("清蒸鲈鱼"), "1", "0", "1" }, { QStringLiteral("合计"), "3", "1", "4" } }));
    EXPECT_EQ(doc.rows.back().kind, ReportRow::Kind::Total);
    EXPECT_EQ(doc.footer, QStringLiteral("长征桥社区服务综合体 · 备餐统计表 · 2026年11月23日 周一 · 午餐"));
    EXPECT_EQ(doc.pageOf.arg(2).arg(3), QStringLiteral("第 2 页，共 3 页"));
}

TEST_F(CanteenReportTest, KitchenCountListsAnOrderWhileItStandsAndNotAfterItIsCancelled)
{
    const MealOrder chen = orderOk("res-0004", "dish-soft-set", 1, true);
    ASSERT_EQ(cells(kitchen()).size(), 2u); // the dish and the total
    EXPECT_EQ(cells(kitchen())[0][0], QStringLiteral("软食套餐(适合牙口不好的老人)"));
    ASSERT_TRUE(orders.cancel(QStringLiteral("res-0004"), chen.id).ok);
    const ReportDocument after = kitchen();
    EXPECT_TRUE(after.rows.empty());
    EXPECT_EQ(after.empty, QStringLiteral("这一餐还没有人订餐。"));
}

TEST_F(CanteenReportTest, AfterTheCutOffTheNumbersAreFinalAndAMealWithoutAMenuSaysSo)
{
    setNow("2026-11-23T10:05:00");
    EXPECT_EQ(kitchen().notes.value(1), QStringLiteral("订餐已于 10:00 截止，以下为最终份数。"));
    EXPECT_EQ(kitchen(linli::Language::Chinese, QDate(2027, 1, 5)).notes,
        QStringList{ QStringLiteral("这一餐没有菜单。") });
}

TEST_F(CanteenReportTest, DeliveryListFollowsTheRoundsWithNameFullAddressPhoneDishesAndNotes)
{
    orderOk("res-0005", "dish-soft-set", 1, true); // 赵美兰: south round
    orderOk("res-0006", "dish-set-a", 2, false); // eats in: not on the list
    orderOk("res-0002", "dish-set-b", 2, true); // 李秀英: north round, second stop
    orderOk("res-0004", "dish-set-a", 1, true); // 陈桂芳: north round, first stop
    orderOk("res-0004", "dish-soft-set", 1, true);
    const MealOrder cancelled = orderOk("res-0002", "dish-set-a", 1, true);
    ASSERT_TRUE(orders.cancel(QStringLiteral("res-0002"), cancelled.id).ok);

    const ReportDocument doc = delivery();
    EXPECT_EQ(doc.title, QStringLiteral("送餐清单"));
    EXPECT_EQ(doc.notes.value(2), QStringLiteral("共 3 站 · 5 份"));
    QStringList titles;
    for (const ReportColumn &c : doc.columns)
        titles << c.title;
    EXPECT_EQ(titles, (QStringList{ "序号", "姓名", "地址", "电话", "菜品及份数", "备注", "送达" }));
    EXPECT_EQ(cells(doc),
        (std::vector<QStringList>{ { QStringLiteral("北线：小河佳苑北区（2 站）") },
            { "1", QStringLiteral("陈桂芳"), QStringLiteral("小河佳苑北区18幢2单元302室"), "13800000004",
                QStringLiteral(
                    "老年套餐A(两荤一素+米饭)\u00a0×\u00a01\n软食套餐(适合牙口不好的老人)\u00a0×\u00a01"),
                QStringLiteral("请多敲门，老人耳背"), "" },
            { "2", QStringLiteral("李秀英"), QStringLiteral("小河佳苑北区9幢1单元502室"), "13800000002",
                QStringLiteral("老年套餐B(一荤两素+米饭)\u00a0×\u00a02"),
                QStringLiteral("独居，送到时请确认老人一切安好"), "" },
            { QStringLiteral("南线：塘河新村（1 站）") },
            { "1", QStringLiteral("赵美兰"), QStringLiteral("塘河新村12幢1单元101室"), "13800000005",
                QStringLiteral("软食套餐(适合牙口不好的老人)\u00a0×\u00a01"),
                QStringLiteral("坐轮椅，请把餐送进门放在桌上"), "" } }));
    EXPECT_EQ(doc.rows[0].kind, ReportRow::Kind::Group);
    EXPECT_TRUE(doc.columns.back().tickBox);
}

TEST_F(CanteenReportTest, InEnglishTheWordsTheDishesTheAddressesAndTheNotesAreEnglish)
{
    orderOk("res-0004", "dish-set-a", 1, true);
    const ReportDocument doc = delivery(linli::Language::English);
    EXPECT_EQ(doc.title, QStringLiteral("Delivery list"));
    EXPECT_EQ(doc.hall, QStringLiteral("Changzhengqiao Community Service Complex"));
    EXPECT_EQ(doc.meal, QStringLiteral("Monday 23 November 2026 · Lunch"));
    ASSERT_EQ(doc.rows.size(), 2u);
    EXPECT_EQ(doc.rows[0].cells, QStringList{ QStringLiteral("North round: Xiaohe Jiayuan North (1 stop)") });
    EXPECT_EQ(
        doc.rows[1].cells.value(2), QStringLiteral("Flat 302, Unit 2, Building 18, Xiaohe Jiayuan North"));
    EXPECT_TRUE(doc.rows[1].cells.value(4).startsWith(QStringLiteral("Elderly set meal A")))
        << doc.rows[1].cells.value(4).toStdString();
    EXPECT_EQ(doc.rows[1].cells.value(5), QStringLiteral("Knock loudly and wait: she is hard of hearing"));
    EXPECT_EQ(kitchen(linli::Language::English).rows.back().cells.value(0), QStringLiteral("Total"));
}

TEST_F(CanteenReportTest, ANightWithoutDeliveriesPrintsASheetThatSaysSo)
{
    orderOk("res-0006", "dish-set-a", 1, false);
    const ReportDocument doc = delivery();
    EXPECT_TRUE(doc.rows.empty());
    EXPECT_EQ(doc.empty, QStringLiteral("这一餐没有送餐上门的订单。"));
    const PdfReport pdf = renderPdfReport(doc);
    EXPECT_EQ(pdf.pages, 1);
    EXPECT_TRUE(pdf.bytes.startsWith("%PDF-"));
}

// A long list: 60 stops in three rounds, each stop with two dishes.
ReportDocument longList()
{
    ReportDocument doc;
    doc.hall = QStringLiteral("长征桥社区服务综合体");
    doc.title = QStringLiteral("送餐清单");
    doc.meal = QStringLiteral("2026年11月23日 周一 · 午餐");
    doc.pageOf = QStringLiteral("第 %1 页，共 %2 页");
    doc.continued = QStringLiteral("%1（续）");
    doc.columns = { { "序号", 0.06, true }, { "姓名", 0.1 }, { "地址", 0.3 }, { "电话", 0.15 },
        { "菜品", 0.24 }, { "备注", 0.15 } };
    for (int round = 1; round <= 3; ++round) {
        doc.rows.push_back({ ReportRow::Kind::Group, { QStringLiteral("第%1线").arg(round) } });
        for (int stop = 1; stop <= 20; ++stop)
            doc.rows.push_back({ ReportRow::Kind::Item,
                { QString::number(stop), QStringLiteral("陈桂芳"),
                    QStringLiteral("小河佳苑北区18幢2单元302室"), "13800000004",
                    QStringLiteral("老年套餐A × 1\n软食套餐 × 1"), QStringLiteral("请多敲门，老人耳背") } });
    }
    return doc;
}

TEST_F(CanteenReportTest, ALongListBreaksBetweenRowsOverSeveralPagesKeepingRoundHeadingsWithTheirStops)
{
    const ReportDocument doc = longList();
    const PdfPages pages = pdfPages(doc);
    const std::vector<int> &page = pages.pageOfRow;
    ASSERT_EQ(page.size(), doc.rows.size());
    EXPECT_EQ(page.front(), 1);
    EXPECT_GE(page.back(), 3);
    for (std::size_t i = 1; i < page.size(); ++i)
        EXPECT_TRUE(page[i] == page[i - 1] || page[i] == page[i - 1] + 1) << "row " << i;
    for (std::size_t i = 0; i + 1 < page.size(); ++i) {
        if (doc.rows[i].kind == ReportRow::Kind::Group) {
            EXPECT_EQ(page[i], page[i + 1]) << "round heading " << i << " left alone at the foot of a page";
        }
    }
    EXPECT_EQ(renderPdfReport(doc).pages, page.back());
    // A round that goes on over a page break is named again at the top of the next page.
    ASSERT_EQ(pages.namedAgain.size(), std::size_t(page.back()));
    EXPECT_EQ(pages.namedAgain[0], QString());
    for (int p = 2; p <= page.back(); ++p) {
        const auto first = std::find(page.begin(), page.end(), p) - page.begin();
        if (doc.rows[first].kind == ReportRow::Kind::Item) {
            QString group;
            for (auto r = first; r >= 0 && group.isEmpty(); --r)
                if (doc.rows[r].kind == ReportRow::Kind::Group)
                    group = doc.rows[r].cells.value(0);
            EXPECT_EQ(pages.namedAgain[p - 1], group + QStringLiteral("（续）")) << "page " << p;
        } else {
            EXPECT_EQ(pages.namedAgain[p - 1], QString()) << "page " << p;
        }
    }
}

TEST_F(CanteenReportTest, ThePdfsTextReadsBackAsTheIdeographsPrintedNotTheirRadicals)
{
    // Noto Sans CJK draws 长 and the radical ⻓, 老 and ⽼, 一 and ⼀ with one glyph each.
    const PdfReport pdf = renderPdfReport(longList());
    ASSERT_GE(pdf.pages, 3);
    const QString text = QString::fromLatin1(pdf.bytes);
    static const QRegularExpression cmap(
        QStringLiteral("beginbfrange\\n(.*?)endbfrange"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression code(QStringLiteral("<([0-9A-F]{4})>"));
    QSet<uint> named;
    int maps = 0;
    for (auto m = cmap.globalMatch(text); m.hasNext(); ++maps)
        for (const QString &line : m.next().captured(1).split(u'\n'))
            for (auto c = code.globalMatch(line.section(u' ', 2)); c.hasNext();)
                named.insert(c.next().captured(1).toUInt(nullptr, 16));
    ASSERT_GT(maps, 0);
    EXPECT_TRUE(named.contains(0x957F)); // 长
    EXPECT_TRUE(named.contains(0x8001)); // 老
    for (uint c : named)
        EXPECT_FALSE(c >= 0x2E80 && c <= 0x2FDF) << "radical U+" << QString::number(c, 16).toStdString();
    // The cross-reference table still points at every object.
    static const QRegularExpression entry(QStringLiteral("(\\d{10}) 00000 n"));
    const qsizetype xref = text.lastIndexOf(QStringLiteral("\nxref\n"));
    ASSERT_GT(xref, 0);
    for (auto e = entry.globalMatch(text, xref); e.hasNext();) {
        const qsizetype at = e.next().captured(1).toLongLong();
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+ 0 obj")).match(text.mid(at, 16)).hasMatch())
            << at;
    }
    const qsizetype start
        = text.mid(text.lastIndexOf(QStringLiteral("startxref\n")) + 10).section(u' ', 0, 0).toLongLong();
    EXPECT_EQ(start, xref + 1);
}

} // namespace
