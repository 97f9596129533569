#include "catalog_models.h"

#include "core/clock.h"
#include "core/logging.h"
#include "hall_format.h"
#include "information/events.h"
#include "information/guides.h"
#include "information/places.h"
#include "language_controller.h"
#include "storage/storage_error.h"

namespace {

// A storage failure empties a list (and is logged) rather than taking the screen down.
template <typename F> QList<QVariantMap> guarded(const char *what, F &&read)
{
    try {
        return read();
    } catch (const linli::storage::StorageError &error) {
        qCWarning(lcCatalog) << "cannot read" << what << ":" << error.what();
        return {};
    }
}

} // namespace

GuideListModel::GuideListModel(CatalogSource source, const LanguageController &language, QObject *parent)
    : RecordListModel(language, { "guideId", "title", "summary", "location" }, parent)
    , m_source(std::move(source))
{
    refresh();
}

QList<QVariantMap> GuideListModel::reload()
{
    if (!m_source.db)
        return {};
    const linli::Language lang = m_language.language();
    return guarded("guides", [&] {
        QList<QVariantMap> rows;
        for (const auto &g : linli::information::listGuides(*m_source.db)) {
            rows.append({ { QStringLiteral("guideId"), g.id }, { QStringLiteral("title"), g.title.in(lang) },
                { QStringLiteral("summary"), g.summary.in(lang) },
                { QStringLiteral("location"), g.location.in(lang) } });
        }
        return rows;
    });
}

PlaceListModel::PlaceListModel(CatalogSource source, const LanguageController &language, QObject *parent)
    : RecordListModel(language,
        { "placeId", "name", "category", "address", "floors", "hours", "access", "inHall", "isRoom" }, parent)
    , m_source(std::move(source))
{
    refresh();
}

void PlaceListModel::setCategory(const QString &category)
{
    const QString valid = linli::information::placeCategories().contains(category) ? category : QString();
    if (valid == m_category)
        return;
    m_category = valid;
    refresh();
    emit categoryChanged();
}

QStringList PlaceListModel::categories() const
{
    return linli::information::placeCategories();
}

QString PlaceListModel::access(bool lift, bool ramp, bool accessibleToilet)
{
    QStringList parts;
    if (lift)
        //: Step-free access: the place has a lift.
        parts << tr("Lift");
    if (ramp)
        //: Step-free access: the place has a ramp.
        parts << tr("Ramp");
    if (accessibleToilet)
        parts << tr("Accessible toilet");
    return parts.join(QStringLiteral(" · "));
}

QList<QVariantMap> PlaceListModel::reload()
{
    if (!m_source.db)
        return {};
    const linli::Language lang = m_language.language();
    return guarded("places", [&] {
        QList<QVariantMap> rows;
        for (const auto &p : linli::information::listPlaces(*m_source.db, m_category)) {
            rows.append({ { QStringLiteral("placeId"), p.id }, { QStringLiteral("name"), p.name.in(lang) },
                { QStringLiteral("category"), p.category },
                { QStringLiteral("address"), p.isRoom ? p.facilityName.in(lang) : p.address.in(lang) },
                { QStringLiteral("floors"), p.floors.in(lang) },
                { QStringLiteral("hours"), p.hours.in(lang) },
                { QStringLiteral("access"), access(p.lift, p.ramp, p.accessibleToilet) },
                { QStringLiteral("inHall"), p.inHall }, { QStringLiteral("isRoom"), p.isRoom } });
        }
        return rows;
    });
}

EventListModel::EventListModel(CatalogSource source, const LanguageController &language, QObject *parent)
    : RecordListModel(language,
        { "eventId", "title", "kind", "day", "firstOfDay", "time", "place", "floor", "host", "audience",
            "capacity", "seatsLeft" },
        parent)
    , m_source(std::move(source))
{
    // Events that have ended leave the list: re-read once a minute (a cheap indexed query).
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &EventListModel::refresh);
    m_tick.start();
    refresh();
}

void EventListModel::setRange(const QString &range)
{
    static const QStringList ranges{ QStringLiteral("today"), QStringLiteral("tomorrow"),
        QStringLiteral("week"), QStringLiteral("later") };
    if (!ranges.contains(range) || range == m_range)
        return;
    m_range = range;
    refresh();
    emit rangeChanged();
}

QList<QVariantMap> EventListModel::reload()
{
    if (!m_source.db || !m_source.clock)
        return {};
    const linli::Language lang = m_language.language();
    const HallFormat format(m_source.zone, m_language);
    const qint64 now = m_source.clock->nowSecs();
    const QDate today = format.localDate(now);
    const int first = m_range == u"tomorrow" ? 1 : m_range == u"later" ? 7 : 0;
    const int days = m_range == u"today" || m_range == u"tomorrow" ? 1 : 7;
    const qint64 from = QDateTime(today.addDays(first), QTime(0, 0), m_source.zone).toSecsSinceEpoch();
    const qint64 until
        = QDateTime(today.addDays(first + days), QTime(0, 0), m_source.zone).toSecsSinceEpoch();
    return guarded("events", [&] {
        QList<QVariantMap> rows;
        QDate previous;
        for (const auto &e : linli::information::upcomingEvents(*m_source.db, from, until, now)) {
            const QDate day = format.localDate(e.startsAtUtc);
            // The first activity of each day carries the day's heading (a list section).
            const bool firstOfDay = day != previous;
            previous = day;
            rows.append({ { QStringLiteral("eventId"), e.id }, { QStringLiteral("title"), e.title.in(lang) },
                { QStringLiteral("kind"), e.kind }, { QStringLiteral("day"), format.dayHeading(day, today) },
                { QStringLiteral("firstOfDay"), firstOfDay },
                { QStringLiteral("time"), format.timeRange(e.startsAtUtc, e.endsAtUtc) },
                { QStringLiteral("place"), e.place.in(lang) },
                { QStringLiteral("floor"), format.floor(e.floor) },
                { QStringLiteral("host"), e.host.in(lang) },
                { QStringLiteral("audience"), e.audience.in(lang) },
                { QStringLiteral("capacity"), e.capacity }, { QStringLiteral("seatsLeft"), e.seatsLeft } });
        }
        return rows;
    });
}
