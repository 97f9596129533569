#include "maintenance/hall_actions.h"

#include "booking/room_closures.h"
#include "core/clock.h"
#include "maintenance/audit.h"
#include "maintenance/maintenance_log.h"
#include "maintenance/staff_actions.h"
#include "storage/storage_reasons.h"
#include "storage/transaction.h"

namespace linli::maintenance {

HallActions::HallActions(storage::Database &db, const Clock &clock, HallTime time)
    : m_db(db)
    , m_clock(clock)
    , m_time(std::move(time))
{
}

Result<int> HallActions::closeRoom(
    const StaffMember &who, const QString &roomId, const QDate &day, const LocalizedText &why)
{
    if (!mayDo(who.role, Permission::ManageHall))
        return Result<int>::refuse(notAllowed());
    return storage::refuseOnStorageError(lcMaintenance(), "room closure", [&] {
        const qint64 now = m_clock.nowSecs();
        storage::Transaction tx(m_db);
        const auto closed = booking::closeRoomForDay(m_db, m_time, roomId, day, why, now);
        if (!closed.ok)
            return closed;
        recordAudit(m_db, who, now, QStringLiteral("booking.room_out_of_service"), roomId,
            { { QStringLiteral("day"), day.toString(Qt::ISODate) }, { QStringLiteral("open"), true } },
            { { QStringLiteral("day"), day.toString(Qt::ISODate) }, { QStringLiteral("open"), false },
                { QStringLiteral("reason_zh"), why.zh }, { QStringLiteral("reason_en"), why.en },
                { QStringLiteral("bookings_cancelled"), closed.value } });
        tx.commit();
        return closed;
    });
}

Outcome HallActions::postNotice(const StaffMember &who, const information::StaffNotice &notice)
{
    if (!mayDo(who.role, Permission::ManageHall))
        return Outcome::refuse(notAllowed());
    return storage::refuseOnStorageError(lcMaintenance(), "notice", [&] {
        const qint64 now = m_clock.nowSecs();
        storage::Transaction tx(m_db);
        const auto posted = information::postStaffNotice(m_db, m_time, notice, now);
        if (!posted.ok)
            return Outcome::refuse(posted.reason);
        recordAudit(m_db, who, now, QStringLiteral("information.notice_posted"), posted.value, {},
            { { QStringLiteral("title"), notice.title.simplified() },
                { QStringLiteral("urgent"), notice.urgent },
                { QStringLiteral("last_day"), notice.lastDay.toString(Qt::ISODate) } });
        tx.commit();
        return Outcome::success();
    });
}

Outcome HallActions::openCheckIn(const StaffMember &who, const QString &placeId)
{
    if (!mayDo(who.role, Permission::ManageHall))
        return Outcome::refuse(notAllowed());
    if (placeId.isEmpty())
        return Outcome::refuse({ QStringLiteral("请先选择签到的地点。"),
            QStringLiteral("Please choose where check-in is for first.") });
    return storage::refuseOnStorageError(lcMaintenance(), "check-in mode audit", [&] {
        storage::Transaction tx(m_db);
        recordAudit(m_db, who, m_clock.nowSecs(), QStringLiteral("kiosk.checkin_mode"), placeId,
            { { QStringLiteral("mode"), QStringLiteral("resident") } },
            { { QStringLiteral("mode"), QStringLiteral("checkin") } });
        tx.commit();
        return Outcome::success();
    });
}

} // namespace linli::maintenance
