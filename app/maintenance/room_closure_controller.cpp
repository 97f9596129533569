#include "room_closure_controller.h"

#include "booking/availability.h"
#include "booking/room_closures.h"
#include "core/clock.h"
#include "hall_format.h"
#include "language_controller.h"
#include "maintenance/hall_actions.h"
#include "maintenance_backend.h"
#include "storage/storage_error.h"

namespace {

constexpr int kDaysAhead = 7; // today and the six days after it

// Each reason in both languages: residents read it on the room screens and under My bookings.
linli::LocalizedText reasonText(const QString &key)
{
    if (key == u"repairs")
        return { QStringLiteral("维修"), QStringLiteral("repairs") };
    if (key == u"cleaning")
        return { QStringLiteral("清洁消毒"), QStringLiteral("cleaning") };
    if (key == u"hall_event")
        return { QStringLiteral("服务中心活动使用"), QStringLiteral("in use for a hall event") };
    return {};
}

} // namespace

RoomClosureController::RoomClosureController(QObject *parent)
    : StaffScreen(parent)
    , m_rooms(StaffRoomRow::staticMetaObject)
{
}

void RoomClosureController::staffChanged()
{
    read();
}

QStringList RoomClosureController::reasons() const
{
    return { QStringLiteral("repairs"), QStringLiteral("cleaning"), QStringLiteral("hall_event") };
}

QStringList RoomClosureController::reasonLabels() const
{
    return { tr("Repairs"), tr("Cleaning"), tr("Hall event") };
}

void RoomClosureController::read()
{
    std::vector<StaffRoomRow> rows;
    m_days.clear();
    m_dayLabels.clear();
    m_roomIds.clear();
    m_roomNames.clear();
    if (maintenance() && maintenance()->context().db && maintenance()->mayManageHall()) {
        const KioskContext &c = maintenance()->context();
        const auto language = c.language->language();
        const linli::HallTime time(c.zone);
        const qint64 now = c.clock->nowSecs();
        const QDate today = time.localDate(now);
        const HallFormat format(c.zone, *c.language);
        for (int i = 0; i < kDaysAhead; ++i) {
            m_days << today.addDays(i).toString(Qt::ISODate);
            m_dayLabels << format.dayButton(today.addDays(i), today);
        }
        try {
            for (const auto &room : linli::booking::roomsToday(*c.db, time, now))
                rows.push_back({ room.roomId, room.name.in(language),
                    !room.closedToday ? tr("Open today")
                        : room.closedReason.isEmpty()
                        ? tr("Closed today")
                        : tr("Closed today: %1").arg(room.closedReason.in(language)) });
        } catch (const linli::storage::StorageError &) {
            m_message = tr("The rooms cannot be read just now.");
        }
    }
    for (const StaffRoomRow &row : rows) {
        m_roomIds << row.roomId;
        m_roomNames << row.name;
    }
    m_rooms.reset(rows);
    emit changed();
}

QString RoomClosureController::impact(const QString &roomId, const QString &day) const
{
    if (!maintenance() || !maintenance()->context().db || roomId.isEmpty())
        return {};
    const KioskContext &c = maintenance()->context();
    try {
        const auto n = linli::booking::bookingsToCancel(
            *c.db, linli::HallTime(c.zone), roomId, QDate::fromString(day, Qt::ISODate), c.clock->nowSecs())
                           .size();
        return n == 0
            ? tr("No bookings that day: nobody needs to be told.")
            : tr("Bookings that day to be cancelled: %1. The residents see why under My bookings.").arg(n);
    } catch (const linli::storage::StorageError &) {
        return tr("The bookings cannot be read just now.");
    }
}

void RoomClosureController::close(const QString &roomId, const QString &day, const QString &reason)
{
    if (!maintenance() || !maintenance()->context().db)
        return;
    const KioskContext &c = maintenance()->context();
    linli::maintenance::HallActions actions(*c.db, *c.clock, linli::HallTime(c.zone));
    const auto done = actions.closeRoom(
        maintenance()->staff(), roomId, QDate::fromString(day, Qt::ISODate), reasonText(reason));
    m_message = done.ok ? tr("Room closed that day. Bookings cancelled: %1.").arg(done.value)
                        : done.reason.in(c.language->language());
    if (done.ok)
        maintenance()->announceChange(false);
    read();
}
