#include "catalog_facade.h"

Catalog::Catalog(CatalogSource source, const LanguageController &language, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_language(language)
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

void Catalog::reread()
{
    m_guides->refresh();
    m_places->refresh();
    m_events->refresh();
    if (m_notices)
        m_notices->refresh();
    if (!m_search->query().isEmpty())
        m_search->refresh();
    emit catalogChanged();
}

QString Catalog::readProblem()
{
    return tr("The kiosk cannot read this just now. Please try again in a moment, or ask the staff.");
}
