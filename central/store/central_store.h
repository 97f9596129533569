#pragma once

#include "store/central_types.h"

#include <vector>

namespace linli::central {

// Everything the central server keeps, behind one interface: SQLite today, PostgreSQL next.
// Writes happen between begin() and commit() (one unit: all or nothing); reads may happen in or
// out of one. Failures throw (storage::StorageError for SQLite).
// How a unit of work is committed: Durable survives a power cut once commit() returns; Relaxed
// may be lost with the last moments before one (idle syncs: a last-seen time, a nonce).
enum class Durability { Durable, Relaxed };

class CentralStore {
public:
    virtual ~CentralStore() = default;

    // A long-running server calls this once: housekeeping the store would otherwise do inside
    // some request (SQLite's WAL checkpoints) moves to a thread of its own.
    virtual void maintainInBackground() { }

    virtual void begin(Durability durability) = 0;
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;

    virtual void upsertHall(const QString &id, const QString &timezone) = 0;
    virtual std::optional<QString> hallTimeZone(const QString &id) = 0;

    virtual void addEnrolmentCode(const QString &code, const QString &hallId, qint64 expiresAtMs) = 0;
    // Marks an unused, unexpired code used by kioskId; its hall, or nullopt.
    virtual std::optional<QString> takeEnrolmentCode(
        const QString &code, const QString &kioskId, qint64 nowMs)
        = 0;

    virtual void addKiosk(const KioskRow &kiosk) = 0;
    virtual std::optional<KioskRow> kiosk(const QString &id) = 0;
    virtual std::vector<KioskRow> kiosks() = 0;
    virtual int kioskCountInHall(const QString &hallId) = 0; // enrolled and not revoked
    virtual bool revokeKiosk(const QString &id, qint64 nowMs) = 0; // false: unknown or already revoked
    virtual void recordContact(const QString &kioskId, const KioskContact &contact) = 0;

    // False when the kiosk used this nonce since `forgetNoncesBefore`'s last cut.
    virtual bool rememberNonce(const QString &kioskId, const QString &nonce, qint64 nowMs) = 0;
    virtual void forgetNoncesBefore(qint64 ms) = 0;

    virtual std::optional<StoredEvent> event(const QString &eventId) = 0;
    virtual void addEvent(const StoredEvent &event) = 0;
    virtual qint64 eventCount() = 0;
    // The last `limit` events received (newest first; within one request, the kiosk's last seq first).
    virtual std::vector<StoredEvent> recentEvents(int limit) = 0;
    virtual std::vector<KindCount> eventCountsByKind() = 0; // ordered by kind

    virtual std::vector<CatalogRecord> catalog(const QString &hallId) = 0; // live records only
    virtual std::optional<CatalogRecord> record(
        const QString &hallId, const QString &collection, const QString &id)
        = 0;
    // Sets (or, with deleted, removes) a record and logs the change; returns its seq.
    virtual qint64 putRecord(const QString &hallId, const CatalogRecord &record, bool deleted) = 0;
    virtual std::vector<CatalogChange> changesAfter(const QString &hallId, qint64 cursor, int limit) = 0;
    virtual qint64 latestChangeSeq(const QString &hallId) = 0; // 0: no change logged yet

    virtual std::optional<int> quota(const QString &resource) = 0;
    virtual void setQuota(const QString &resource, const QString &hallId, int quota) = 0;
    virtual std::vector<QString> resourcesOfHall(const QString &hallId) = 0;
    virtual int sold(const QString &resource) = 0; // units of unreleased uses
    virtual std::vector<ResourceUse> usesOf(const QString &useId) = 0;
    virtual void putUse(const ResourceUse &use) = 0; // inserts or replaces (resource, useId)

    virtual std::optional<EscrowGrant> grant(const QString &kioskId, const QString &resource) = 0;
    virtual void setGrant(const QString &kioskId, const EscrowGrant &grant) = 0;
    // Units granted to the other kiosks and not yet used nor expired at nowMs.
    virtual int outstandingOfOthers(const QString &resource, const QString &kioskId, qint64 nowMs) = 0;
    // Every resource of the hall with the above for kioskId, in one read (ordered by name).
    virtual std::vector<ResourceState> resourceStates(
        const QString &hallId, const QString &kioskId, qint64 nowMs)
        = 0;

    // Admissions of a ticket at other kiosks than kioskId; records this one.
    virtual std::vector<QString> admitTicket(
        const QString &eventId, const QString &ticketId, const QString &kioskId, qint64 atMs)
        = 0;
    virtual void addFlag(const QString &eventId, const Flag &flag) = 0;
    virtual std::vector<Flag> flags() = 0;
};

} // namespace linli::central
