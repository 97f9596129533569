#include "residents/pin_lockout.h"

#include "storage/database.h"

#include <algorithm>
#include <string>

namespace linli::residents {

namespace {

qint64 lockSecsOfRound(int round)
{
    return kFirstLockSecs << std::min(round - 1, 10);
}

} // namespace

PinLockout::PinLockout(storage::Database &db, PinAttemptTable table, QString key)
    : m_db(db)
    , m_table(table)
    , m_key(std::move(key))
{
    reload();
}

void PinLockout::reload()
{
    const std::string sql = std::string("SELECT failures, lock_round, locked_at_utc, locked_until_utc FROM ")
        + m_table.table + " WHERE " + m_table.keyColumn + " = ?";
    auto q = m_db.prepare(sql);
    q.bind(1, m_key);
    if (q.step()) {
        m_failures = q.integer(0);
        m_round = q.integer(1);
        m_lockedAt = q.int64(2);
        m_lockedUntil = q.int64(3);
    } else {
        m_failures = m_round = 0;
        m_lockedAt = m_lockedUntil = 0;
    }
}

qint64 PinLockout::lockedUntil(qint64 now) const
{
    if (m_lockedUntil <= 0 || m_round <= 0)
        return 0;
    const qint64 until = std::min(m_lockedUntil, now + lockSecsOfRound(m_round));
    return until > now ? until : 0;
}

qint64 PinLockout::countWrong(qint64 now)
{
    m_failures += 1;
    if (m_failures >= kPinFailuresPerRound) {
        m_round += 1;
        m_failures = 0;
        m_lockedAt = now;
        m_lockedUntil = now + lockSecsOfRound(m_round);
    }
    const std::string sql = std::string("INSERT OR REPLACE INTO ") + m_table.table + "(" + m_table.keyColumn
        + ", failures, lock_round, locked_at_utc, locked_until_utc) VALUES (?, ?, ?, ?, ?)";
    m_db.prepare(sql)
        .bind(1, m_key)
        .bind(2, m_failures)
        .bind(3, m_round)
        .bind(4, m_lockedAt)
        .bind(5, m_lockedUntil)
        .run();
    return m_lockedUntil > now ? m_lockedUntil : 0;
}

void PinLockout::forget()
{
    const std::string sql
        = std::string("DELETE FROM ") + m_table.table + " WHERE " + m_table.keyColumn + " = ?";
    m_db.prepare(sql).bind(1, m_key).run();
    m_failures = m_round = 0;
    m_lockedAt = m_lockedUntil = 0;
}

} // namespace linli::residents
