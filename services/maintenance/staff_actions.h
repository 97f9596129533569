#pragma once

#include "core/hall_time.h"
#include "core/outcome.h"
#include "maintenance/staff.h"

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::maintenance {

// What staff change from the "today" screen. Each command checks the staff member's role
// (a refusal with a reason when the role may not), makes the change and writes its audit row
// (who, when, what, before/after; also to the outbox). Never throws: a storage failure is a
// refusal and changes nothing.
class StaffActions {
public:
    StaffActions(storage::Database &db, const Clock &clock, HallTime time);

    Outcome markSoldOut(const StaffMember &who, const QString &offerId);
    Outcome changeQuota(const StaffMember &who, const QString &offerId, int quota);
    Outcome approveBooking(const StaffMember &who, const QString &bookingId);
    Outcome rejectBooking(const StaffMember &who, const QString &bookingId);

private:
    Outcome quota(const StaffMember &who, const QString &offerId, std::optional<int> quota);
    Outcome decide(const StaffMember &who, const QString &bookingId, bool approve);

    storage::Database &m_db;
    const Clock &m_clock;
    HallTime m_time;
};

// The refusal for a role that may not do something.
LocalizedText notAllowed();

} // namespace linli::maintenance
