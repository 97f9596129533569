#pragma once

#include "core/localized_text.h"

#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::information {

// What a search result is; also the order of the groups when scores tie.
enum class ResultKind { Guide, Place, Event, Notice };

struct SearchResult {
    ResultKind kind = ResultKind::Guide;
    QString id;
    LocalizedText title;
    LocalizedText subtitle;
    int score = 0;
};

// Rebuilds the search index from the content tables in one transaction (after a content load
// or a sync). Pinyin spellings of every title are computed here.
void rebuildSearchIndex(storage::Database &db);
// The same inside the caller's transaction (a sync applies its changes and the index together).
void rebuildSearchIndexInTransaction(storage::Database &db);
bool searchIndexIsEmpty(storage::Database &db);

// The query as searched: trimmed, lowercased, whitespace collapsed, at most 64 characters.
QString normalizeQuery(const QString &query);

// Searches guides, places, events (not yet ended) and notices (valid at nowUtc) for every
// whitespace-separated word of query: Chinese or English substrings, full pinyin or pinyin
// initials of titles. Results come grouped by kind (groups ordered by their best result), best
// first within a group. Any input is safe: empty or unusable queries give no results.
std::vector<SearchResult> search(storage::Database &db, const QString &query, qint64 nowUtc, int limit = 60);

} // namespace linli::information
