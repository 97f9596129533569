#include "catalog_facade.h"

#include "core/logging.h"
#include "information/guides.h"
#include "information/places.h"
#include "storage/storage_error.h"

namespace {

linli::Language languageOf(const QString &code)
{
    return code == u"en" ? linli::Language::English : linli::Language::Chinese;
}

} // namespace

Catalog::Catalog(CatalogSource source, const LanguageController &language, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_format(source.zone, language)
    , m_guides(new GuideListModel(source, language, this))
    , m_places(new PlaceListModel(source, language, this))
    , m_events(new EventListModel(source, language, this))
    , m_notices(source.clock ? new NoticeListModel(
                    source.db, *source.clock, language, linli::information::NoticePriority::Info, this)
                             : nullptr)
    , m_search(new SearchResultModel(source, language, this))
{
    if (m_notices)
        m_notices->setTimeZone(source.zone);
}

QList<int> Catalog::floors() const
{
    if (!m_source.db)
        return {};
    try {
        const std::vector<int> floors = linli::information::hallFloors(*m_source.db);
        return QList<int>(floors.begin(), floors.end());
    } catch (const linli::storage::StorageError &error) {
        qCWarning(lcCatalog) << "cannot read floors:" << error.what();
        return {};
    }
}

QVariantMap Catalog::guide(const QString &id, const QString &language) const
{
    const linli::Language lang = languageOf(language);
    try {
        const auto g = m_source.db ? linli::information::findGuide(*m_source.db, id) : std::nullopt;
        if (!g)
            return {};
        return { { QStringLiteral("id"), g->id }, { QStringLiteral("title"), g->title.in(lang) },
            { QStringLiteral("summary"), g->summary.in(lang) },
            { QStringLiteral("eligibility"), g->eligibility.in(lang) },
            { QStringLiteral("materials"), g->materials.in(lang) },
            { QStringLiteral("steps"), g->steps.in(lang) }, { QStringLiteral("roomId"), g->roomId },
            { QStringLiteral("floor"), m_format.floor(g->floor) },
            { QStringLiteral("location"), g->location.in(lang) },
            { QStringLiteral("hours"), g->hours.in(lang) },
            { QStringLiteral("processing"), g->processing.in(lang) },
            { QStringLiteral("fee"), m_format.fee(g->feeFen) },
            { QStringLiteral("feeNote"), g->feeNote.in(lang) },
            { QStringLiteral("online"), g->online.in(lang) } };
    } catch (const linli::storage::StorageError &error) {
        qCWarning(lcCatalog) << "cannot read guide" << id << ":" << error.what();
        return {};
    }
}

QVariantMap Catalog::place(const QString &id, const QString &language) const
{
    const linli::Language lang = languageOf(language);
    try {
        const auto p = m_source.db ? linli::information::findPlace(*m_source.db, id) : std::nullopt;
        if (!p)
            return {};
        return { { QStringLiteral("id"), p->id }, { QStringLiteral("isRoom"), p->isRoom },
            { QStringLiteral("category"), p->category }, { QStringLiteral("name"), p->name.in(lang) },
            { QStringLiteral("address"), p->address.in(lang) },
            { QStringLiteral("floors"), p->floors.in(lang) }, { QStringLiteral("floor"), p->floor },
            { QStringLiteral("hours"), p->hours.in(lang) },
            { QStringLiteral("description"), p->description.in(lang) },
            { QStringLiteral("offers"), p->offers.in(lang) },
            { QStringLiteral("access"), PlaceListModel::access(p->lift, p->ramp, p->accessibleToilet) },
            { QStringLiteral("phone"), p->phone }, { QStringLiteral("capacity"), p->capacity },
            { QStringLiteral("bookable"), p->bookable }, { QStringLiteral("facilityId"), p->facilityId },
            { QStringLiteral("facilityName"), p->facilityName.in(lang) } };
    } catch (const linli::storage::StorageError &error) {
        qCWarning(lcCatalog) << "cannot read place" << id << ":" << error.what();
        return {};
    }
}

QVariantList Catalog::rooms(int floor, const QString &language) const
{
    const linli::Language lang = languageOf(language);
    QVariantList rooms;
    try {
        for (const auto &r : m_source.db ? linli::information::roomsOnFloor(*m_source.db, floor)
                                         : std::vector<linli::information::Place>{}) {
            rooms.append(
                QVariantMap{ { QStringLiteral("id"), r.id }, { QStringLiteral("name"), r.name.in(lang) },
                    { QStringLiteral("x"), r.planX }, { QStringLiteral("y"), r.planY },
                    { QStringLiteral("w"), r.planW }, { QStringLiteral("h"), r.planH } });
        }
    } catch (const linli::storage::StorageError &error) {
        qCWarning(lcCatalog) << "cannot read rooms:" << error.what();
    }
    return rooms;
}

QString Catalog::floorName(int floor, const QString &language) const
{
    Q_UNUSED(language) // there to make a binding re-read the name when the language switches
    return m_format.floor(floor);
}
