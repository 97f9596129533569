#include "storage/statement_cache.h"

#include <sqlite3.h>

namespace linli::storage::detail {

StatementCache::Slot &StatementCache::slotFor(std::string_view sql)
{
    const auto found = m_slots.find(sql);
    if (found != m_slots.end())
        return found->second;
    return m_slots.emplace(std::string(sql), Slot{}).first->second;
}

sqlite3_stmt *StatementCache::takeIdle(Slot &slot)
{
    if (slot.empty())
        return nullptr;
    sqlite3_stmt *stmt = slot.back();
    slot.pop_back();
    return stmt;
}

void StatementCache::giveBack(Slot &slot, sqlite3_stmt *stmt) noexcept
{
    if (!stmt)
        return;
    // A reset ends the statement's implicit read, so an idle statement holds no lock.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (m_closed) {
        sqlite3_finalize(stmt);
        return;
    }
    try {
        slot.push_back(stmt);
    } catch (...) {
        sqlite3_finalize(stmt);
    }
}

void StatementCache::close() noexcept
{
    for (auto &[sql, slot] : m_slots) {
        for (sqlite3_stmt *stmt : slot)
            sqlite3_finalize(stmt);
        slot.clear();
    }
    m_closed = true;
}

} // namespace linli::storage::detail
