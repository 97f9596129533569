#pragma once

#include "storage/database.h"
#include "storage/storage_error.h"

#include <gtest/gtest.h>
#include <ostream>
#include <string>

// Readable QString values in assertion failures.
inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}

namespace linli::storage::test {

// Runs f expecting a StorageError of `kind`; returns its message for further checks
// (empty, with a test failure recorded, when f threw something else or nothing).
template <typename F> std::string expectStorageError(F &&f, ErrorKind kind)
{
    try {
        f();
    } catch (const StorageError &e) {
        EXPECT_EQ(errorKindName(e.kind()), std::string(errorKindName(kind))) << e.what();
        return e.what();
    } catch (const std::exception &e) {
        ADD_FAILURE() << "expected StorageError(" << errorKindName(kind) << "), got: " << e.what();
        return {};
    }
    ADD_FAILURE() << "expected StorageError(" << errorKindName(kind) << "), nothing was thrown";
    return {};
}

// First column of the first row, for pragmas and counts in assertions.
inline std::int64_t queryInt(Database &db, std::string_view sql)
{
    Statement statement = db.prepare(sql);
    EXPECT_TRUE(statement.step()) << sql;
    return statement.int64(0);
}

inline QString queryText(Database &db, std::string_view sql)
{
    Statement statement = db.prepare(sql);
    EXPECT_TRUE(statement.step()) << sql;
    return statement.text(0);
}

inline bool tableExists(Database &db, const QString &name)
{
    Statement statement = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    statement.bind(1, name);
    statement.step();
    return statement.int64(0) == 1;
}

} // namespace linli::storage::test
