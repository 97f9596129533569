#include "catalog_models.h"

#include "catalog_facade.h"
#include "core/clock.h"
#include "core/logging.h"
#include "hall_format.h"
#include "information/events.h"
#include "information/guides.h"
#include "information/places.h"
#include "language_controller.h"
#include "storage/storage_error.h"

CatalogListModel::CatalogListModel(
    const QMetaObject &rowType, CatalogSource source, const LanguageController &language, QObject *parent)
    : GadgetListModel(rowType, parent)
    , m_source(std::move(source))
    , m_language(language)
{
    connect(&language, &LanguageController::changed, this, &CatalogListModel::refresh);
}

QString CatalogListModel::problem() const
{
    return m_readFailed ? Catalog::readProblem() : QString();
}

void CatalogListModel::refresh()
{
    const bool failedBefore = m_readFailed;
    m_readFailed = false;
    if (!m_source.db) {
        clear();
    } else {
        try {
            read();
        } catch (const linli::storage::StorageError &error) {
            qCWarning(lcCatalog) << metaObject()->className() << "cannot read:" << error.what();
            m_readFailed = true;
            clear();
        }
    }
    if (failedBefore != m_readFailed)
        emit problemChanged();
}

GuideListModel::GuideListModel(CatalogSource source, const LanguageController &language, QObject *parent)
    : CatalogListModel(GuideRow::staticMetaObject, std::move(source), language, parent)
{
    refresh();
}

void GuideListModel::read()
{
    const linli::Language lang = m_language.language();
    std::vector<GuideRow> rows;
    for (const auto &g : linli::information::listGuides(*m_source.db))
        rows.push_back({ g.id, g.title.in(lang), g.summary.in(lang), g.location.in(lang) });
    reset(rows);
}

PlaceListModel::PlaceListModel(CatalogSource source, const LanguageController &language, QObject *parent)
    : CatalogListModel(PlaceRow::staticMetaObject, std::move(source), language, parent)
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

void PlaceListModel::read()
{
    const linli::Language lang = m_language.language();
    std::vector<PlaceRow> rows;
    for (const auto &p : linli::information::listPlaces(*m_source.db, m_category)) {
        PlaceRow row;
        row.placeId = p.id;
        row.name = p.name.in(lang);
        row.category = p.category;
        row.address = p.isRoom ? p.facilityName.in(lang) : p.address.in(lang);
        row.floors = p.floors.in(lang);
        row.hours = p.hours.in(lang);
        row.access = access(p.lift, p.ramp, p.accessibleToilet);
        row.inHall = p.inHall;
        row.isRoom = p.isRoom;
        rows.push_back(row);
    }
    reset(rows);
}

EventListModel::EventListModel(CatalogSource source, const LanguageController &language, QObject *parent)
    : CatalogListModel(EventRow::staticMetaObject, std::move(source), language, parent)
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

void EventListModel::read()
{
    if (!m_source.clock)
        return clear();
    const linli::Language lang = m_language.language();
    const HallFormat format(m_source.zone, m_language);
    const qint64 now = m_source.clock->nowSecs();
    const QDate today = format.localDate(now);
    const int first = m_range == u"tomorrow" ? 1 : m_range == u"later" ? 7 : 0;
    const int days = m_range == u"today" || m_range == u"tomorrow" ? 1 : 7;
    const qint64 from = QDateTime(today.addDays(first), QTime(0, 0), m_source.zone).toSecsSinceEpoch();
    const qint64 until
        = QDateTime(today.addDays(first + days), QTime(0, 0), m_source.zone).toSecsSinceEpoch();
    std::vector<EventRow> rows;
    QDate previous;
    for (const auto &e : linli::information::upcomingEvents(*m_source.db, from, until, now)) {
        const QDate day = format.localDate(e.startsAtUtc);
        EventRow row;
        row.eventId = e.id;
        row.title = e.title.in(lang);
        row.kind = e.kind;
        row.day = format.dayHeading(day, today);
        // The first activity of each day carries the day's heading (a list section).
        row.firstOfDay = day != previous;
        previous = day;
        row.time = format.timeRange(e.startsAtUtc, e.endsAtUtc);
        row.place = e.place.in(lang);
        row.floor = format.floor(e.floor);
        row.host = e.host.in(lang);
        row.audience = e.audience.in(lang);
        row.capacity = e.capacity;
        row.seatsLeft = e.seatsLeft;
        rows.push_back(row);
    }
    reset(rows);
}
