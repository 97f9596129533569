#include "report_document.h"

#include "canteen/kitchen.h"
#include "canteen/menu.h"
#include "canteen_screen.h"
#include "hall_format.h"
#include "information/hall.h"

#include <algorithm>

using namespace linli::canteen;

namespace {

// When the meal's orders close: "10:00" on the meal's own day, else with the date.
QString cutOffTime(const HallFormat &f, const QDate &mealDate, qint64 utc)
{
    return f.localDate(utc) == mealDate ? f.time(utc) : f.date(utc) + u' ' + f.time(utc);
}

} // namespace

ReportDocument CanteenReport::heading(
    linli::storage::Database &db, const HallFormat &f, const ReportRequest &r, const QString &title)
{
    ReportDocument doc;
    if (const auto hall = linli::information::loadHall(db))
        doc.hall = hall->name.in(r.language);
    doc.title = title;
    doc.meal = tr("%1 · %2", "report heading: date · meal")
                   .arg(f.date(r.date), CanteenScreen::periodLabel(r.period));
    doc.generated = tr("Printed %1 %2", "report: date and time it was made")
                        .arg(f.date(r.generatedUtc), f.time(r.generatedUtc));
    doc.footer = QStringList{ doc.hall, doc.title, doc.meal }.join(QStringLiteral(" · "));
    doc.pageOf = tr("Page %1 of %2");
    doc.continued = tr("%1 (continued)", "a delivery round going on over a page break");

    const auto menu = menuFor(db, r.date, r.period);
    if (menu.empty()) {
        doc.notes << tr("There is no menu for this meal.");
        return doc;
    }
    const MenuOffer &first = menu.front();
    const auto delivered
        = std::find_if(menu.begin(), menu.end(), [](const MenuOffer &o) { return o.delivery; });
    QString times = tr("Collection %1", "report: pickup window")
                        .arg(f.timeRange(first.pickupFromUtc, first.pickupToUtc));
    if (delivered != menu.end())
        times += tr(" · home delivery %1", "report: after the pickup window")
                     .arg(f.timeRange(delivered->deliveryFromUtc, delivered->deliveryToUtc));
    doc.notes << times;
    const QString by = cutOffTime(f, r.date, first.orderByUtc);
    doc.notes << (r.generatedUtc < first.orderByUtc
            ? tr("Orders close at %1: until then the numbers may still change.").arg(by)
            : tr("Orders closed at %1: these are the final numbers.").arg(by));
    return doc;
}

ReportDocument CanteenReport::kitchen(
    linli::storage::Database &db, const HallFormat &f, const ReportRequest &r)
{
    ReportDocument doc = heading(db, f, r, tr("Kitchen count"));
    doc.columns = { { tr("Dish"), 0.52 }, { tr("Collected", "kitchen count column"), 0.16, true },
        { tr("Delivered", "kitchen count column"), 0.16, true }, { tr("Total"), 0.16, true } };
    doc.tablePoints = 12; // pinned up in the kitchen: read from a step away
    int eatIn = 0, delivery = 0;
    for (const KitchenLine &line : kitchenCount(db, r.date, r.period)) {
        doc.rows.push_back({ ReportRow::Kind::Item,
            { line.name.in(r.language), QString::number(line.eatIn), QString::number(line.delivery),
                QString::number(line.eatIn + line.delivery) } });
        eatIn += line.eatIn;
        delivery += line.delivery;
    }
    if (!doc.rows.empty())
        doc.rows.push_back({ ReportRow::Kind::Total,
            { tr("Total"), QString::number(eatIn), QString::number(delivery),
                QString::number(eatIn + delivery) } });
    doc.empty = tr("No orders for this meal.");
    return doc;
}

ReportDocument CanteenReport::delivery(
    linli::storage::Database &db, const HallFormat &f, const ReportRequest &r)
{
    ReportDocument doc = heading(db, f, r, tr("Delivery list"));
    // Widths for A4 portrait: an address of the demo's length and a mobile number on one line.
    doc.columns = { { tr("Stop"), 0.06, true }, { tr("Name"), 0.085 }, { tr("Address"), 0.30 },
        { tr("Phone"), 0.145 }, { tr("Dishes"), 0.20 }, { tr("Notes"), 0.145 },
        { tr("Done", "delivery list: ticked by hand"), 0.065, false, true } };
    doc.tablePoints = 9.5;
    const auto stops = deliveryList(db, r.date, r.period);
    int portions = 0;
    for (std::size_t i = 0; i < stops.size(); ++i) {
        const DeliveryStop &stop = stops[i];
        const bool newRound = i == 0 || stops[i - 1].roundId != stop.roundId;
        if (newRound) {
            const auto inRound = std::count_if(stops.begin() + qsizetype(i), stops.end(),
                [&](const DeliveryStop &s) { return s.roundId == stop.roundId; });
            const QString round
                = stop.roundId.isEmpty() ? tr("Not on a delivery round") : stop.roundName.in(r.language);
            doc.rows.push_back(
                { ReportRow::Kind::Group, { tr("%1 (%n stop(s))", nullptr, int(inRound)).arg(round) } });
        }
        // Stops are numbered 1, 2 ... in each round as they are driven today.
        int number = 1;
        for (std::size_t k = i; k > 0 && stops[k - 1].roundId == stop.roundId; --k)
            ++number;
        QStringList dishes;
        for (const DeliveryItem &item : stop.items) {
            // No-break spaces: "× 2" never goes to the next line without its dish.
            dishes << tr("%1\u00a0×\u00a0%2", "dish × portions")
                          .arg(item.dishName.in(r.language))
                          .arg(item.quantity);
            portions += item.quantity;
        }
        doc.rows.push_back({ ReportRow::Kind::Item,
            { QString::number(number), stop.residentName,
                stop.address ? linli::residents::fullAddress(*stop.address).in(r.language)
                             : tr("(no address registered)"),
                stop.phone, dishes.join(u'\n'), stop.note.in(r.language), QString() } });
    }
    if (!stops.empty())
        doc.notes << tr("Stops: %1 · portions: %2", "delivery list totals").arg(stops.size()).arg(portions);
    doc.empty = tr("No home deliveries for this meal.");
    return doc;
}
