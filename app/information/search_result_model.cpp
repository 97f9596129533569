#include "search_result_model.h"

#include "information/search.h"
#include "core/clock.h"
#include "language_controller.h"

SearchResultModel::SearchResultModel(CatalogSource source, const LanguageController &language, QObject *parent)
    : RecordListModel(language, {"kind", "firstOfKind", "refId", "title", "subtitle", "route"}, parent),
      m_source(std::move(source))
{
}

void SearchResultModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
    emit queryChanged();
}

QList<QVariantMap> SearchResultModel::reload()
{
    if (!m_source.db || !m_source.clock)
        return {};
    using linli::information::ResultKind;
    const linli::Language lang = m_language.language();
    QList<QVariantMap> rows;
    // information::search never throws: any query is answered, with nothing if need be.
    for (const auto &r : linli::information::search(*m_source.db, m_query, m_source.clock->nowSecs())) {
        QString kind, route;
        switch (r.kind) {
        case ResultKind::Guide:
            kind = QStringLiteral("guide");
            route = QStringLiteral("guide/") + r.id;
            break;
        case ResultKind::Place:
            kind = QStringLiteral("place");
            route = QStringLiteral("facility/") + r.id;
            break;
        case ResultKind::Event:
            kind = QStringLiteral("event");
            route = QStringLiteral("event/") + r.id;
            break;
        case ResultKind::Notice:
            kind = QStringLiteral("notice");
            route = QStringLiteral("notices");
            break;
        }
        // Results come grouped by kind: the first of each group carries the group's heading.
        const bool firstOfKind = rows.isEmpty() || rows.last().value(QStringLiteral("kind")) != kind;
        rows.append({{QStringLiteral("kind"), kind},
                     {QStringLiteral("firstOfKind"), firstOfKind},
                     {QStringLiteral("refId"), r.id},
                     {QStringLiteral("title"), r.title.in(lang)},
                     {QStringLiteral("subtitle"), r.subtitle.in(lang)},
                     {QStringLiteral("route"), route}});
    }
    return rows;
}
