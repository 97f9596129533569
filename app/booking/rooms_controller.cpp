#include "rooms_controller.h"

#include "booking/availability.h"
#include "language_controller.h"

RoomsController::RoomsController(QObject *parent)
    : BookingScreen(parent)
    , m_rooms(RoomTodayRow::staticMetaObject)
{
}

void RoomsController::read()
{
    const linli::Language language = backend().language().language();
    std::vector<RoomTodayRow> rows;
    for (const linli::booking::RoomToday &r :
        linli::booking::roomsToday(backend().db(), backend().time(), backend().now())) {
        RoomTodayRow row;
        row.roomId = r.roomId;
        row.name = r.name.in(language);
        row.capacity = r.capacity;
        row.freeNow = r.freeNow;
        row.freeLater = r.freeLaterToday;
        row.nextFree = r.nextFreeUtc ? backend().format().time(r.nextFreeUtc) : QString();
        row.closedReason = r.closedReason.in(language);
        row.closedToday = r.closedToday;
        row.approval = r.approvalRequired;
        rows.push_back(row);
    }
    m_rooms.reset(rows);
}
