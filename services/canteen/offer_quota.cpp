#include "canteen/offer_quota.h"

#include "booking/outbox.h"
#include "storage/database.h"

#include <QJsonObject>

namespace linli::canteen {

namespace {

struct Row {
    bool found = false, removed = false;
    int quota = 0, taken = 0;
};

Row load(storage::Database &db, const QString &offerId)
{
    auto q = db.prepare("SELECT quota, taken, removed FROM canteen_offer WHERE id = ?");
    q.bind(1, offerId);
    if (!q.step())
        return {};
    return { true, q.integer(2) != 0, q.integer(0), q.integer(1) };
}

} // namespace

Result<QuotaChange> changeOfferQuota(
    storage::Database &db, const QString &offerId, int newQuota, qint64 nowUtc)
{
    const Row row = load(db, offerId);
    if (!row.found || row.removed)
        return Result<QuotaChange>::refuse({ QStringLiteral("这道菜已不在菜单上。"),
            QStringLiteral("This dish is no longer on the menu.") });
    if (newQuota < row.taken)
        return Result<QuotaChange>::refuse({ QStringLiteral("份数不能少于已订的%1份。").arg(row.taken),
            QStringLiteral("The quota cannot be less than the %1 already ordered.").arg(row.taken) });
    const QuotaChange change{ offerId, row.quota, newQuota, row.taken };
    if (newQuota == row.quota)
        return Result<QuotaChange>::success(change);
    db.prepare("UPDATE canteen_offer SET quota = ? WHERE id = ?").bind(1, newQuota).bind(2, offerId).run();
    booking::writeOutbox(db, QStringLiteral("canteen.offer_quota"), nowUtc,
        { { QStringLiteral("offer_id"), offerId }, { QStringLiteral("quota"), newQuota },
            { QStringLiteral("quota_before"), row.quota } });
    return Result<QuotaChange>::success(change);
}

Result<QuotaChange> markOfferSoldOut(storage::Database &db, const QString &offerId, qint64 nowUtc)
{
    const Row row = load(db, offerId);
    return changeOfferQuota(db, offerId, row.found ? row.taken : 0, nowUtc);
}

} // namespace linli::canteen
