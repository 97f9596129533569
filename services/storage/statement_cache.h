#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3_stmt;

namespace linli::storage::detail {

// The compiled statements one connection keeps for Database::prepareCached: idle ones by SQL
// text (the statements in use are out, held by their Statement). Shared by the Database and
// every Statement taken from it, so a Statement that outlives its Database finalizes itself
// instead of coming back to a closed cache.
class StatementCache {
public:
    using Slot = std::vector<sqlite3_stmt *>; // idle statements of one SQL text

    StatementCache() = default;
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;
    ~StatementCache() { close(); }

    Slot &slotFor(std::string_view sql);
    static sqlite3_stmt *takeIdle(Slot &slot);
    // Reset, bindings cleared and kept for the next use; finalized once the cache is closed.
    void giveBack(Slot &slot, sqlite3_stmt *stmt) noexcept;
    // Finalizes the idle statements; those still out are finalized when given back.
    void close() noexcept;

private:
    std::map<std::string, Slot, std::less<>> m_slots;
    bool m_closed = false;
};

} // namespace linli::storage::detail
