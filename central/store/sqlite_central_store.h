#pragma once

#include "storage/database.h"
#include "storage/wal_checkpointer.h"
#include "store/central_store.h"

#include <memory>

namespace linli::storage {
class Transaction;
}

namespace linli::central {

// CentralStore in one SQLite file, migrated with central/migrations/ on open.
class SqliteCentralStore final : public CentralStore {
public:
    // Throws storage::StorageError when the file cannot be opened or migrated.
    explicit SqliteCentralStore(const QString &path);
    ~SqliteCentralStore() override;

    void maintainInBackground() override;
    void begin(Durability durability) override;
    void commit() override;
    void rollback() noexcept override;

    void upsertHall(const QString &id, const QString &timezone) override;
    std::optional<QString> hallTimeZone(const QString &id) override;

    void addEnrolmentCode(const QString &code, const QString &hallId, qint64 expiresAtMs) override;
    std::optional<QString> takeEnrolmentCode(
        const QString &code, const QString &kioskId, qint64 nowMs) override;

    void addKiosk(const KioskRow &kiosk) override;
    std::optional<KioskRow> kiosk(const QString &id) override;
    std::vector<KioskRow> kiosks() override;
    int kioskCountInHall(const QString &hallId) override;
    bool revokeKiosk(const QString &id, qint64 nowMs) override;
    void recordContact(const QString &kioskId, const KioskContact &contact) override;

    bool rememberNonce(const QString &kioskId, const QString &nonce, qint64 nowMs) override;
    void forgetNoncesBefore(qint64 ms) override;

    std::optional<StoredEvent> event(const QString &eventId) override;
    void addEvent(const StoredEvent &event) override;
    qint64 eventCount() override;
    std::vector<StoredEvent> recentEvents(int limit) override;
    std::vector<KindCount> eventCountsByKind() override;

    std::vector<CatalogRecord> catalog(const QString &hallId) override;
    std::optional<CatalogRecord> record(
        const QString &hallId, const QString &collection, const QString &id) override;
    qint64 putRecord(const QString &hallId, const CatalogRecord &record, bool deleted) override;
    std::vector<CatalogChange> changesAfter(const QString &hallId, qint64 cursor, int limit) override;
    qint64 latestChangeSeq(const QString &hallId) override;

    std::optional<int> quota(const QString &resource) override;
    void setQuota(const QString &resource, const QString &hallId, int quota) override;
    std::vector<QString> resourcesOfHall(const QString &hallId) override;
    int sold(const QString &resource) override;
    std::vector<ResourceUse> usesOf(const QString &useId) override;
    void putUse(const ResourceUse &use) override;

    std::optional<EscrowGrant> grant(const QString &kioskId, const QString &resource) override;
    void setGrant(const QString &kioskId, const EscrowGrant &grant) override;
    int outstandingOfOthers(const QString &resource, const QString &kioskId, qint64 nowMs) override;
    std::vector<ResourceState> resourceStates(
        const QString &hallId, const QString &kioskId, qint64 nowMs) override;

    std::vector<QString> admitTicket(
        const QString &eventId, const QString &ticketId, const QString &kioskId, qint64 atMs) override;
    void addFlag(const QString &eventId, const Flag &flag) override;
    std::vector<Flag> flags() override;

private:
    storage::Database m_db;
    std::unique_ptr<storage::Transaction> m_tx;
    std::unique_ptr<storage::WalCheckpointer> m_checkpointer; // after m_db: stopped before it closes
    std::optional<Durability> m_durability;
};

} // namespace linli::central
