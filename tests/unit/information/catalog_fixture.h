#pragma once

#include "content/demo_loader.h"
#include "core/clock.h"
#include "information/search.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <ostream>
#include <QTimeZone>

inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}

namespace linli::information::test {

// 2026-11-22T02:00Z is 10:00 on Sunday 22 November in Shanghai.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(2, 0), QTimeZone::utc());
}

// The demo hall in a fresh database, its search index built, and a clock stopped at fixedNow().
class CatalogTest : public ::testing::Test {
protected:
    CatalogTest()
        : db(storage::Database::open(dir.file(QStringLiteral("kiosk.db"))))
        , clock(fixedNow())
    {
        storage::migrate(db, storage::bundledMigrations());
        content::loadDemoContentIfEmpty(db, QStringLiteral(LINLI_DEMO_DIR), clock.nowUtc());
        rebuildSearchIndex(db);
    }

    std::vector<SearchResult> find(const QString &query) { return search(db, query, clock.nowSecs()); }

    static QStringList ids(const std::vector<SearchResult> &results)
    {
        QStringList list;
        for (const SearchResult &r : results)
            list << r.id;
        return list;
    }

    linli::test::TempDir dir;
    storage::Database db;
    ManualClock clock;
};

} // namespace linli::information::test
