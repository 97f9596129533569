#pragma once

#include <QString>
#include <QtGlobal>

namespace linli::storage {
class Database;
}

namespace linli::residents {

inline constexpr int kPinFailuresPerRound = 5;
inline constexpr qint64 kFirstLockSecs = 15 * 60;

// The lock after wrong PINs, one rule for residents' and staff's PINs: five wrong in a row lock
// for 15 minutes, each further round of five twice as long. Kept in the database, so a restart
// does not clear it; a table of the shape (<key column>, failures, lock_round, locked_at_utc,
// locked_until_utc) holds it: pin_attempt by phone, staff_pin_attempt by card.
struct PinAttemptTable {
    const char *table;
    const char *keyColumn;
};
inline constexpr PinAttemptTable kResidentPinAttempts{ "pin_attempt", "phone" };

class PinLockout {
public:
    PinLockout(storage::Database &db, PinAttemptTable table, QString key);

    // Until when (UTC seconds) this key is locked, or 0. A clock that jumped back never
    // stretches a lock past its own round's length from now.
    qint64 lockedUntil(qint64 now) const;
    // Reads the count again (another connection may have counted meanwhile): call inside the
    // transaction that then records the outcome.
    void reload();
    // A wrong PIN: counted, and the next round's lock begins at the fifth. Returns lockedUntil.
    qint64 countWrong(qint64 now);
    void forget(); // the right PIN

private:
    storage::Database &m_db;
    PinAttemptTable m_table;
    QString m_key;
    int m_failures = 0, m_round = 0;
    qint64 m_lockedAt = 0, m_lockedUntil = 0;
};

} // namespace linli::residents
