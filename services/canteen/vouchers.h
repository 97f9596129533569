#pragma once

#include "core/outcome.h"

#include <vector>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::canteen {

enum class VoucherReason { Grant, Order, Refund, Adjustment };
QString voucherReasonName(VoucherReason reason);

// One row of a resident's 爱心券 ledger: a credit (+) or debit (-), never changed afterwards.
struct VoucherEntry {
    QString id; // UUID
    qint64 amountFen = 0;
    VoucherReason reason = VoucherReason::Grant;
    QString orderId; // for Order and Refund
    LocalizedText note;
    qint64 atUtc = 0;
};

// The ledger inside a caller's transaction (the ordering commands use these).
namespace ledger {
qint64 balance(storage::Database &db, const QString &residentId);
// Appends a row; the ledger's trigger refuses (StorageError Constraint) a balance below zero.
VoucherEntry append(storage::Database &db, const QString &residentId, qint64 amountFen, VoucherReason reason,
    const QString &orderId, const LocalizedText &note, qint64 atUtc);
} // namespace ledger

// A resident's vouchers: the balance is the sum of the ledger, and never negative.
class Vouchers {
public:
    Vouchers(storage::Database &db, const Clock &clock);

    // Queries; throw storage::StorageError.
    qint64 balance(const QString &residentId);
    std::vector<VoucherEntry> history(const QString &residentId); // newest first

    // Staff or sync: a credit (amount > 0) or an adjustment (either sign, not below zero). One
    // transaction with its outbox event; refusals never throw.
    Outcome grant(const QString &residentId, qint64 amountFen, const LocalizedText &note);
    Outcome adjust(const QString &residentId, qint64 amountFen, const LocalizedText &note);

private:
    Outcome write(
        const QString &residentId, qint64 amountFen, VoucherReason reason, const LocalizedText &note);
    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace linli::canteen
