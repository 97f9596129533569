#include "maintenance/staff_actions.h"

#include "booking/room_booking.h"
#include "canteen/offer_quota.h"
#include "core/clock.h"
#include "maintenance/audit.h"
#include "maintenance/maintenance_log.h"
#include "storage/database.h"
#include "storage/storage_reasons.h"
#include "storage/transaction.h"

namespace linli::maintenance {

LocalizedText notAllowed()
{
    return { QStringLiteral("您的工作人员角色不能做这项操作。"),
        QStringLiteral("Your staff role may not do this.") };
}

StaffActions::StaffActions(storage::Database &db, const Clock &clock, HallTime time)
    : m_db(db)
    , m_clock(clock)
    , m_time(std::move(time))
{
}

Outcome StaffActions::markSoldOut(const StaffMember &who, const QString &offerId)
{
    return quota(who, offerId, std::nullopt);
}

Outcome StaffActions::changeQuota(const StaffMember &who, const QString &offerId, int newQuota)
{
    return quota(who, offerId, newQuota);
}

Outcome StaffActions::quota(const StaffMember &who, const QString &offerId, std::optional<int> newQuota)
{
    if (!mayDo(who.role, Permission::ChangeMenu))
        return Outcome::refuse(notAllowed());
    return storage::refuseOnStorageError(lcMaintenance(), "quota change", [&] {
        const qint64 now = m_clock.nowSecs();
        storage::Transaction tx(m_db);
        const auto change = newQuota ? canteen::changeOfferQuota(m_db, offerId, *newQuota, now)
                                     : canteen::markOfferSoldOut(m_db, offerId, now);
        if (!change.ok)
            return Outcome::refuse(change.reason);
        recordAudit(m_db, who, now,
            newQuota ? QStringLiteral("canteen.offer_quota") : QStringLiteral("canteen.offer_sold_out"),
            offerId, { { QStringLiteral("quota"), change.value.quotaBefore } },
            { { QStringLiteral("quota"), change.value.quotaAfter } });
        tx.commit();
        return Outcome::success();
    });
}

Outcome StaffActions::approveBooking(const StaffMember &who, const QString &bookingId)
{
    return decide(who, bookingId, true);
}

Outcome StaffActions::rejectBooking(const StaffMember &who, const QString &bookingId)
{
    return decide(who, bookingId, false);
}

Outcome StaffActions::decide(const StaffMember &who, const QString &bookingId, bool approve)
{
    if (!mayDo(who.role, Permission::DecideBookings))
        return Outcome::refuse(notAllowed());
    booking::RoomBooking rooms(m_db, m_clock, m_time);
    // RoomBooking commits its own change (with its outbox event); the audit row follows in a
    // transaction of its own, written only when the decision was made.
    const Outcome done = approve
        ? rooms.approve(bookingId)
        : rooms.reject(bookingId,
            { QStringLiteral("服务中心未能批准这次预约。"),
                QStringLiteral("The service hall could not approve this booking.") });
    if (!done.ok)
        return done;
    const Outcome audited = storage::refuseOnStorageError(lcMaintenance(), "booking decision audit", [&] {
        storage::Transaction tx(m_db);
        recordAudit(m_db, who, m_clock.nowSecs(),
            approve ? QStringLiteral("booking.approve") : QStringLiteral("booking.reject"), bookingId,
            { { QStringLiteral("status"), QStringLiteral("pending") } },
            { { QStringLiteral("status"),
                approve ? QStringLiteral("confirmed") : QStringLiteral("rejected") } });
        tx.commit();
        return Outcome::success();
    });
    if (!audited.ok)
        qCWarning(lcMaintenance).noquote() << "booking" << bookingId << "decided but its audit row failed";
    return Outcome::success();
}

} // namespace linli::maintenance
