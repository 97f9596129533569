#pragma once

#include "core/hall_time.h"
#include "core/outcome.h"
#include "information/staff_notices.h"
#include "maintenance/staff.h"

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::maintenance {

// What staff change about the hall from the "today" screen (as StaffActions does for the menu
// and bookings): a room out of service for a day, a notice, check-in mode on this kiosk. Each
// checks the role (Permission::ManageHall), makes the change with its audit row in one
// transaction (the row also goes to the outbox) and never throws: a storage failure is a
// refusal and changes nothing.
class HallActions {
public:
    HallActions(storage::Database &db, const Clock &clock, HallTime time);

    // How many bookings were cancelled.
    Result<int> closeRoom(
        const StaffMember &who, const QString &roomId, const QDate &day, const LocalizedText &why);
    Outcome postNotice(const StaffMember &who, const information::StaffNotice &notice);
    // Only the audit row: the window switches the screen (placeId: the room or canteen served).
    Outcome openCheckIn(const StaffMember &who, const QString &placeId);

private:
    storage::Database &m_db;
    const Clock &m_clock;
    HallTime m_time;
};

} // namespace linli::maintenance
