#include "canteen/vouchers.h"

#include "booking/outbox.h"
#include "canteen/canteen_log.h"
#include "canteen/reasons.h"
#include "core/clock.h"
#include "storage/database.h"
#include "storage/storage_reasons.h"
#include "storage/transaction.h"

namespace linli::canteen {

QString voucherReasonName(VoucherReason reason)
{
    switch (reason) {
    case VoucherReason::Grant:
        return QStringLiteral("grant");
    case VoucherReason::Order:
        return QStringLiteral("order");
    case VoucherReason::Refund:
        return QStringLiteral("refund");
    case VoucherReason::Adjustment:
        return QStringLiteral("adjustment");
    }
    return {};
}

namespace {
VoucherReason reasonFrom(const QString &name)
{
    for (VoucherReason r :
        { VoucherReason::Grant, VoucherReason::Order, VoucherReason::Refund, VoucherReason::Adjustment }) {
        if (voucherReasonName(r) == name)
            return r;
    }
    return VoucherReason::Adjustment;
}
} // namespace

namespace ledger {

qint64 balance(storage::Database &db, const QString &residentId)
{
    auto q
        = db.prepareCached("SELECT coalesce(sum(amount_fen), 0) FROM voucher_ledger WHERE resident_id = ?");
    q.bind(1, residentId);
    q.step();
    return q.int64(0);
}

VoucherEntry append(storage::Database &db, const QString &residentId, qint64 amountFen, VoucherReason reason,
    const QString &orderId, const LocalizedText &note, qint64 atUtc)
{
    VoucherEntry e{ booking::newUuid(), amountFen, reason, orderId, note, atUtc };
    auto q = db.prepare(
        "INSERT INTO voucher_ledger(id, resident_id, amount_fen, reason, order_id, note_zh, note_en, "
        "at_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, e.id).bind(2, residentId).bind(3, amountFen).bind(4, voucherReasonName(reason));
    orderId.isEmpty() ? q.bindNull(5) : q.bind(5, orderId);
    q.bind(6, note.zh).bind(7, note.en).bind(8, atUtc);
    q.run();
    return e;
}

} // namespace ledger

Vouchers::Vouchers(storage::Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

qint64 Vouchers::balance(const QString &residentId)
{
    return ledger::balance(m_db, residentId);
}

std::vector<VoucherEntry> Vouchers::history(const QString &residentId)
{
    auto q = m_db.prepare("SELECT id, amount_fen, reason, coalesce(order_id, ''), note_zh, note_en, at_utc "
                          "FROM voucher_ledger WHERE resident_id = ? ORDER BY seq DESC");
    q.bind(1, residentId);
    std::vector<VoucherEntry> out;
    while (q.step())
        out.push_back({ q.text(0), q.int64(1), reasonFrom(q.text(2)), q.text(3), { q.text(4), q.text(5) },
            q.int64(6) });
    return out;
}

Outcome Vouchers::grant(const QString &residentId, qint64 amountFen, const LocalizedText &note)
{
    if (amountFen <= 0)
        return Outcome::refuse(reasons::badAmount());
    return write(residentId, amountFen, VoucherReason::Grant, note);
}

Outcome Vouchers::adjust(const QString &residentId, qint64 amountFen, const LocalizedText &note)
{
    if (amountFen == 0)
        return Outcome::refuse(reasons::badAmount());
    return write(residentId, amountFen, VoucherReason::Adjustment, note);
}

Outcome Vouchers::write(
    const QString &residentId, qint64 amountFen, VoucherReason reason, const LocalizedText &note)
{
    const qint64 now = m_clock.nowSecs();
    return storage::refuseOnStorageError(lcCanteen(), "voucher entry", [&] {
        storage::Transaction tx(m_db);
        const qint64 before = ledger::balance(m_db, residentId);
        if (amountFen > 1000000 || before + amountFen < 0)
            return Outcome::refuse(reasons::badAmount());
        const VoucherEntry e = ledger::append(m_db, residentId, amountFen, reason, {}, note, now);
        booking::writeOutbox(m_db, QStringLiteral("voucher.") + voucherReasonName(reason), now,
            { { QStringLiteral("entry_id"), e.id }, { QStringLiteral("resident_id"), residentId },
                { QStringLiteral("amount_fen"), amountFen }, { QStringLiteral("note_zh"), note.zh },
                { QStringLiteral("note_en"), note.en } });
        tx.commit();
        return Outcome::success();
    });
}

} // namespace linli::canteen
