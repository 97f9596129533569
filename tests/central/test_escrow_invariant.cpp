// The quota rule itself, without a server: kiosks that sell offline within their shares, sell
// beyond them, cancel and sync in a random (seeded) order never make the sales exceed a quota,
// and sales plus outstanding shares never exceed it either.
#include "store/sqlite_central_store.h"
#include "support/temp_dir.h"
#include "sync/escrow.h"
#include "sync/quota_ledger.h"

#include <gtest/gtest.h>
#include <QRandomGenerator>

using namespace linli;
using namespace linli::central;

TEST(CentralEscrowInvariant, SalesAndSharesStayWithinTheQuotaWhateverTheOrder)
{
    test::TempDir dir;
    SqliteCentralStore store(dir.file(QStringLiteral("central.db")));
    const QString hall = QStringLiteral("hall-test"), resource = QStringLiteral("event:evt-1");
    constexpr int kQuota = 7;
    constexpr qint64 kNow = 1'900'000'000'000;
    std::vector<KioskRow> kiosks(3);
    store.begin(Durability::Durable);
    store.upsertHall(hall, QStringLiteral("Asia/Shanghai"));
    store.setQuota(resource, hall, kQuota);
    for (size_t i = 0; i < kiosks.size(); ++i) {
        kiosks[i].id = QStringLiteral("k%1").arg(i);
        kiosks[i].hallId = hall;
        kiosks[i].secret = QByteArray(32, 'x');
        kiosks[i].ticketPublicKey = QByteArray(32, 'y');
        store.addKiosk(kiosks[i]);
    }
    store.commit();

    QuotaLedger ledger(store);
    Escrow escrow(store);
    QRandomGenerator random(12);
    std::vector<QStringList> sold(kiosks.size());
    int accepted = 0, beyondShare = 0;
    for (int step = 0; step < 3000; ++step) {
        const size_t k = random.bounded(static_cast<quint32>(kiosks.size()));
        const QString &id = kiosks[k].id;
        store.begin(Durability::Relaxed);
        switch (random.bounded(3)) {
        case 0: // a sync: shares worked out again
            escrow.regrant(kiosks[k], kNow, false);
            break;
        case 1: { // a sale arrives, within the kiosk's share or not
            const QString use = QStringLiteral("%1-%2").arg(id).arg(step);
            const auto share = store.grant(id, resource);
            if (!share || share->units == 0)
                ++beyondShare;
            if (ledger.fits(id, resource, 1, kNow)) {
                ledger.take(id, resource, use, 1);
                sold[k] << use;
                ++accepted;
            } else {
                EXPECT_TRUE(!share || share->units == 0) << "a sale within the kiosk's share was refused";
            }
            break;
        }
        default: // a cancellation
            if (!sold[k].isEmpty())
                ledger.release(id,
                    sold[k].takeAt(
                        static_cast<qsizetype>(random.bounded(static_cast<quint32>(sold[k].size())))));
        }
        store.commit();
        int outstanding = 0;
        for (const KioskRow &kiosk : kiosks)
            outstanding += store.grant(kiosk.id, resource).value_or(EscrowGrant{}).units;
        ASSERT_LE(store.sold(resource), kQuota) << "step " << step;
        ASSERT_LE(store.sold(resource) + outstanding, kQuota) << "step " << step;
    }
    EXPECT_GT(accepted, 100);
    EXPECT_GT(beyondShare, 100);
}
