#include "search_result_model.h"

#include "core/clock.h"
#include "information/search.h"
#include "language_controller.h"

SearchResultModel::SearchResultModel(
    CatalogSource source, const LanguageController &language, QObject *parent)
    : CatalogListModel(SearchRow::staticMetaObject, std::move(source), language, parent)
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

void SearchResultModel::read()
{
    if (!m_source.clock)
        return clear();
    using linli::information::ResultKind;
    const linli::Language lang = m_language.language();
    std::vector<SearchRow> rows;
    // information::search never throws: any query is answered, with nothing if need be.
    for (const auto &r : linli::information::search(*m_source.db, m_query, m_source.clock->nowSecs())) {
        SearchRow row;
        switch (r.kind) {
        case ResultKind::Guide:
            row.kind = QStringLiteral("guide");
            row.route = QStringLiteral("guide/") + r.id;
            break;
        case ResultKind::Place:
            row.kind = QStringLiteral("place");
            row.route = QStringLiteral("facility/") + r.id;
            break;
        case ResultKind::Event:
            row.kind = QStringLiteral("event");
            row.route = QStringLiteral("event/") + r.id;
            break;
        case ResultKind::Notice:
            row.kind = QStringLiteral("notice");
            row.route = QStringLiteral("notices");
            break;
        }
        // Results come grouped by kind: the first of each group carries the group's heading.
        row.firstOfKind = rows.empty() || rows.back().kind != row.kind;
        row.refId = r.id;
        row.title = r.title.in(lang);
        row.subtitle = r.subtitle.in(lang);
        rows.push_back(row);
    }
    reset(rows);
}
