#pragma once

namespace linli::storage {

class Database;

// A scoped transaction: BEGIN IMMEDIATE (or DEFERRED) on construction, ROLLBACK on
// destruction unless commit() was called. Not nestable.
class Transaction {
public:
    enum class Mode { Deferred, Immediate };
    explicit Transaction(Database &db, Mode mode = Mode::Immediate);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    void commit(); // throws StorageError; after a failed commit the transaction is rolled back
    bool isActive() const noexcept { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace linli::storage
