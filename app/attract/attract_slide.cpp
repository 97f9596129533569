#include "attract_slide.h"

#include "canteen/menu.h"
#include "core/hall_time.h"
#include "hall_format.h"
#include "information/events.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAttractSlide, "linli.attract", QtInfoMsg)

using linli::attract::DayPart;

namespace {

constexpr size_t kMaxRows = 5; // big enough to read from two steps away

std::vector<SlideRow> lunch(
    linli::storage::Database &db, const HallFormat &format, linli::Language language, const QDate &day)
{
    std::vector<SlideRow> rows;
    for (const auto &offer : linli::canteen::menuFor(db, day, linli::canteen::MealPeriod::Lunch)) {
        if (rows.size() == kMaxRows)
            break;
        rows.push_back({ format.money(offer.priceFen), offer.name.in(language),
            offer.soldOut() ? QCoreApplication::translate("AttractSlide", "Sold out") : QString() });
    }
    return rows;
}

std::vector<SlideRow> activities(linli::storage::Database &db, const HallFormat &format,
    linli::Language language, qint64 fromUtc, qint64 untilUtc, qint64 nowUtc)
{
    std::vector<SlideRow> rows;
    for (const auto &event : linli::information::upcomingEvents(db, fromUtc, untilUtc, nowUtc)) {
        if (rows.size() == kMaxRows)
            break;
        rows.push_back({ format.timeRange(event.startsAtUtc, event.endsAtUtc), event.title.in(language),
            event.place.in(language) });
    }
    return rows;
}

} // namespace

Slide builtInSlide(linli::storage::Database *db, const HallFormat &format, linli::Language language,
    DayPart part, qint64 nowUtc)
{
    Slide slide;
    if (!db)
        return slide;
    const linli::HallTime time(format.zone());
    const QDate today = time.localDate(nowUtc);
    const qint64 midnight = time.utcOf(today, 1440);
    const auto todays = [&] {
        slide.rows = activities(*db, format, language, nowUtc, midnight, nowUtc);
        slide.heading = QCoreApplication::translate("AttractSlide", "Today's activities");
    };
    const auto tomorrow = [&] {
        slide.rows = activities(*db, format, language, midnight, time.utcOf(today.addDays(1), 1440), nowUtc);
        slide.heading = QCoreApplication::translate("AttractSlide", "Tomorrow's activities");
    };
    try {
        const bool lateEvening = part == DayPart::Evening && nowUtc >= time.utcOf(today, 12 * 60);
        if (part == DayPart::Morning) {
            slide.rows = lunch(*db, format, language, today);
            slide.heading = QCoreApplication::translate("AttractSlide", "Today's lunch");
        }
        if (slide.rows.empty() && !lateEvening)
            todays(); // the afternoon, a morning without a menu, the small hours
        if (slide.rows.empty())
            tomorrow();
    } catch (const linli::storage::StorageError &e) {
        qCWarning(lcAttractSlide) << "the built-in slide could not read today's data:" << e.what();
        slide = {};
    }
    if (slide.rows.empty())
        slide.heading.clear();
    return slide;
}
