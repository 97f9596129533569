// 爱心券: a ledger per resident, every credit and debit a row; the balance is the sum and never
// goes below zero, whoever writes.
#include "canteen/reasons.h"
#include "canteen_fixture.h"

using namespace linli::canteen;
using linli::canteen::test::CanteenFixture;

namespace {

const QString kChen = QStringLiteral("res-0004"), kLiu = QStringLiteral("res-0006");
const linli::LocalizedText kNote{ QStringLiteral("街道发放"), QStringLiteral("From the subdistrict") };

class VoucherTest : public CanteenFixture {
protected:
    Vouchers vouchers{ *db, clock };
};

TEST_F(VoucherTest, TheBalanceIsTheSumOfTheLedger)
{
    EXPECT_EQ(vouchers.balance(kLiu), 0);
    EXPECT_TRUE(vouchers.grant(kLiu, 1000, kNote).ok);
    EXPECT_TRUE(vouchers.grant(kLiu, 250, kNote).ok);
    EXPECT_TRUE(vouchers.adjust(kLiu, -200, kNote).ok);
    EXPECT_EQ(vouchers.balance(kLiu), 1050);
    const auto history = vouchers.history(kLiu);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].amountFen, -200); // newest first
    EXPECT_EQ(history[0].reason, VoucherReason::Adjustment);
    EXPECT_EQ(history[2].amountFen, 1000);
    EXPECT_EQ(history[2].note, kNote);
    EXPECT_EQ(count("SELECT sum(amount_fen) FROM voucher_ledger WHERE resident_id = 'res-0006'"), 1050);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind LIKE 'voucher.%'"), 3);
}

TEST_F(VoucherTest, NeverBelowZeroAndNoEmptyOrHugeEntries)
{
    EXPECT_TRUE(vouchers.grant(kLiu, 300, kNote).ok);
    for (qint64 bad : { qint64(0), qint64(-1), qint64(-5000) })
        EXPECT_EQ(vouchers.grant(kLiu, bad, kNote).reason, reasons::badAmount()) << bad;
    EXPECT_EQ(vouchers.adjust(kLiu, -301, kNote).reason, reasons::badAmount());
    EXPECT_EQ(vouchers.adjust(kLiu, 0, kNote).reason, reasons::badAmount());
    EXPECT_EQ(vouchers.grant(kLiu, 100000000, kNote).reason, reasons::badAmount());
    EXPECT_EQ(vouchers.balance(kLiu), 300);
    EXPECT_TRUE(vouchers.adjust(kLiu, -300, kNote).ok);
    EXPECT_EQ(vouchers.balance(kLiu), 0);
}

TEST_F(VoucherTest, TheLedgerItselfRefusesARowThatWouldGoBelowZero)
{
    // Even a writer that skips the check (a bad sync, a bug) cannot make the balance negative.
    linli::storage::test::expectStorageError(
        [&] { ledger::append(*db, kChen, -5001, VoucherReason::Adjustment, {}, kNote, clock.nowSecs()); },
        linli::storage::ErrorKind::Constraint);
    EXPECT_EQ(vouchers.balance(kChen), 5000);
    ledger::append(*db, kChen, -5000, VoucherReason::Adjustment, {}, kNote, clock.nowSecs());
    EXPECT_EQ(vouchers.balance(kChen), 0);
}

TEST_F(VoucherTest, ABusyDatabaseIsARefusalAndNothingIsWritten)
{
    auto conn = linli::storage::Database::open(db->path(), { .busyTimeoutMs = 50 });
    Vouchers locked(conn, clock);
    db->exec("BEGIN IMMEDIATE");
    EXPECT_EQ(locked.grant(kLiu, 500, kNote).reason, reasons::busy());
    db->exec("ROLLBACK");
    EXPECT_EQ(vouchers.balance(kLiu), 0);
    EXPECT_TRUE(locked.grant(kLiu, 500, kNote).ok);
}

} // namespace
