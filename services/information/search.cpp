#include "information/search.h"

#include "core/logging.h"
#include "information/pinyin.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <algorithm>
#include <QRegularExpression>

namespace linli::information {
namespace {

constexpr int kMaxWords = 5;

struct Pinyin {
    QString full, initials;
};

bool isHan(char32_t c)
{
    return !pinyin::readingsOf(c).empty();
}

// Tokens for search_gram: Han characters and Han pairs of the Chinese text, Latin words of
// every text, and the pinyin spellings.
QString gramsOf(const QString &zh, const QString &en, const QString &keywords, const Pinyin &py)
{
    QStringList grams;
    for (const QString &text : { zh, keywords }) {
        const QList<uint> cps = text.toUcs4();
        for (qsizetype i = 0; i < cps.size(); ++i) {
            if (!isHan(cps[i]))
                continue;
            const char32_t one[] = { static_cast<char32_t>(cps[i]) };
            grams << QString::fromUcs4(one, 1);
            // Each syllable too, so "lao nian ka" typed with spaces finds 老年卡.
            for (const std::string_view r : pinyin::readingsOf(cps[i]))
                grams << QString::fromLatin1(r.data(), static_cast<qsizetype>(r.size()));
            if (i + 1 < cps.size() && isHan(cps[i + 1])) {
                const char32_t two[] = { static_cast<char32_t>(cps[i]), static_cast<char32_t>(cps[i + 1]) };
                grams << QString::fromUcs4(two, 2);
            }
        }
    }
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    for (const QString &text : { en, keywords })
        grams << text.toLower().split(nonWord, Qt::SkipEmptyParts);
    grams << py.full << py.initials;
    grams.removeDuplicates();
    return grams.join(u' ');
}

Pinyin pinyinOf(const QString &zh, const QString &keywords)
{
    QStringList full, initials;
    for (const QString &text : { zh, keywords }) {
        for (const pinyin::Spelling &s : pinyin::spellings(text)) {
            full << s.full;
            initials << s.initials;
        }
    }
    initials.removeDuplicates();
    return { full.join(u' '), initials.join(u' ') };
}

// Fills the index from one SELECT yielding: id, title_zh, title_en, subtitle_zh, subtitle_en,
// keywords, body, boost, valid_from, valid_until.
void indexRows(storage::Database &db, storage::Statement &insert, storage::Statement &insertGrams,
    const char *kind, const char *sql)
{
    auto rows = db.prepare(sql);
    while (rows.step()) {
        const QString keywords = rows.text(5);
        const Pinyin py = pinyinOf(rows.text(1), keywords);
        insert.reset();
        insert.bind(1, kind).bind(2, rows.text(0)).bind(3, rows.int64(7)).bind(4, rows.int64(8));
        insert.bind(5, rows.int64(9)).bind(6, rows.text(3)).bind(7, rows.text(4)).bind(8, rows.text(1));
        insert.bind(9, rows.text(2)).bind(10, keywords).bind(11, py.full).bind(12, py.initials);
        insert.bind(13, rows.text(6));
        insert.run();
        insertGrams.reset();
        insertGrams.bind(1, db.lastInsertRowId())
            .bind(2, gramsOf(rows.text(1), rows.text(2), keywords, py))
            .run();
    }
}

ResultKind kindOf(const QString &kind)
{
    if (kind == u"place")
        return ResultKind::Place;
    if (kind == u"event")
        return ResultKind::Event;
    if (kind == u"notice")
        return ResultKind::Notice;
    return ResultKind::Guide;
}

// A word as an FTS5 phrase: inside double quotes nothing is syntax, and quotes are doubled.
QString phrase(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

void rebuildSearchIndex(storage::Database &db)
{
    storage::Transaction tx(db);
    rebuildSearchIndexInTransaction(db);
    tx.commit();
}

void rebuildSearchIndexInTransaction(storage::Database &db)
{
    db.exec("DELETE FROM search_index; DELETE FROM search_gram;");
    auto insert = db.prepare(
        "INSERT INTO search_index (kind, ref_id, rank_boost, valid_from, valid_until, subtitle_zh,"
        " subtitle_en, title_zh, title_en, keywords, pinyin, initials, body)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    auto grams = db.prepare("INSERT INTO search_gram (rowid, grams) VALUES (?1, ?2)");
    indexRows(db, insert, grams, "guide",
        "SELECT id, title_zh, title_en, location_zh, location_en, keywords_zh || ' ' || keywords_en,"
        " summary_zh || ' ' || summary_en || ' ' || eligibility_zh || ' ' || eligibility_en || ' ' ||"
        " materials_zh || ' ' || materials_en, 3, 0, 9223372036854775807 FROM service_guide");
    indexRows(db, insert, grams, "place",
        "SELECT f.id, f.name_zh, f.name_en, f.address_zh, f.address_en, '', f.description_zh || ' ' ||"
        " f.description_en || ' ' || f.functions_zh || ' ' || f.functions_en, 2 * f.in_hall, 0,"
        " 9223372036854775807 FROM facility f"
        " UNION ALL SELECT r.id, r.name_zh, r.name_en, r.floor || '楼', r.floor || 'F', '', r.description_zh"
        " || ' ' || r.description_en || ' ' || r.equipment_zh || ' ' || r.equipment_en, 2, 0,"
        " 9223372036854775807 FROM room r");
    indexRows(db, insert, grams, "event",
        "SELECT id, title_zh, title_en, place_zh, place_en, host_zh || ' ' || host_en, description_zh || ' '"
        " || description_en || ' ' || audience_zh || ' ' || audience_en, 1, 0, ends_at_utc FROM event");
    indexRows(db, insert, grams, "notice",
        "SELECT id, title_zh, title_en, '', '', '', body_zh || ' ' || body_en, priority, valid_from_utc,"
        " valid_until_utc FROM notice");
}

bool searchIndexIsEmpty(storage::Database &db)
{
    auto q = db.prepare("SELECT NOT EXISTS (SELECT 1 FROM search_index)");
    return q.step() && q.integer(0) != 0;
}

QString normalizeQuery(const QString &query)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString q = query.toLower();
    q.replace(spaces, QStringLiteral(" "));
    q = q.trimmed();
    // Truncate by code points, never inside a surrogate pair.
    const QList<uint> ucs4 = q.toUcs4();
    if (ucs4.size() > 64)
        q = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), 64).trimmed();
    return q;
}

std::vector<SearchResult> search(storage::Database &db, const QString &query, qint64 nowUtc, int limit)
{
    const QString q = normalizeQuery(query);
    QStringList words = q.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0)
        return {};
    words = words.mid(0, kMaxWords);
    // Words of three characters or more use the trigram index; shorter ones the gram index
    // (exact Chinese characters or pairs, Latin prefixes). A short word with no letter or digit
    // in it ("*", a lone quote) searches for nothing and is dropped.
    QStringList matchWords, gramTerms;
    for (const QString &w : words) {
        const QList<uint> cps = w.toUcs4();
        if (cps.size() >= 3) {
            matchWords << w;
            continue;
        }
        QString clean;
        bool han = false;
        for (const uint cp : cps) {
            if (!QChar::isLetterOrNumber(cp))
                continue;
            const char32_t c[] = { static_cast<char32_t>(cp) };
            clean += QString::fromUcs4(c, 1);
            han = han || isHan(cp);
        }
        if (!clean.isEmpty())
            gramTerms << (han ? phrase(clean) : phrase(clean) + u'*');
    }
    if (matchWords.isEmpty() && gramTerms.isEmpty())
        return {};

    std::string sql = "SELECT kind, ref_id, title_zh, title_en, subtitle_zh, subtitle_en,"
                      " (CASE WHEN title_zh = ?1 OR lower(title_en) = ?1 THEN 100"
                      " WHEN instr(title_zh, ?1) = 1 OR instr(lower(title_en), ?1) = 1 THEN 90"
                      " WHEN instr(title_zh, ?1) > 0 OR instr(lower(title_en), ?1) > 0 THEN 80"
                      " WHEN instr(' ' || pinyin, ' ' || ?2) > 0 THEN 76"
                      " WHEN instr(' ' || initials, ' ' || ?2) > 0 THEN 74"
                      " WHEN instr(pinyin, ?2) > 0 THEN 66"
                      " WHEN instr(initials, ?2) > 0 THEN 62"
                      " WHEN instr(lower(keywords), ?1) > 0 THEN 56"
                      " ELSE 20 END) + rank_boost AS score"
                      " FROM search_index WHERE valid_from <= ?3 AND valid_until > ?3";
    if (!matchWords.isEmpty())
        sql += " AND search_index MATCH ?5";
    if (!gramTerms.isEmpty())
        sql += " AND rowid IN (SELECT rowid FROM search_gram WHERE search_gram MATCH ?6)";
    sql += " ORDER BY score DESC, kind, rowid LIMIT ?4";

    std::vector<SearchResult> results;
    try {
        auto stmt = db.prepare(sql);
        QString compact = q;
        compact.remove(u' ');
        stmt.bind(1, q).bind(2, compact).bind(3, nowUtc).bind(4, limit);
        if (!matchWords.isEmpty()) {
            QStringList phrases;
            for (const QString &w : matchWords)
                phrases << phrase(w);
            stmt.bind(5, phrases.join(QStringLiteral(" AND ")));
        }
        if (!gramTerms.isEmpty())
            stmt.bind(6, gramTerms.join(QStringLiteral(" AND ")));
        while (stmt.step()) {
            results.push_back({ kindOf(stmt.text(0)), stmt.text(1), { stmt.text(2), stmt.text(3) },
                { stmt.text(4), stmt.text(5) }, stmt.integer(6) });
        }
    } catch (const storage::StorageError &error) {
        // A query the index cannot take is "nothing found" for the resident, a warning for staff.
        qCWarning(lcCatalog) << "search failed for" << q << ":" << error.what();
        return {};
    }
    // Groups by kind, in the order of each kind's best result; within a group, best first.
    std::vector<ResultKind> order;
    for (const SearchResult &r : results) {
        if (std::find(order.begin(), order.end(), r.kind) == order.end())
            order.push_back(r.kind);
    }
    std::stable_sort(results.begin(), results.end(), [&order](const SearchResult &a, const SearchResult &b) {
        return std::find(order.begin(), order.end(), a.kind) < std::find(order.begin(), order.end(), b.kind);
    });
    return results;
}

} // namespace linli::information
