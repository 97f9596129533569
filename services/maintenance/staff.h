#pragma once

#include "residents/pin_hash.h"

#include <optional>
#include <QString>

namespace linli::storage {
class Database;
}

namespace linli::maintenance {

enum class StaffRole { Operator, Canteen, Administrator };

// What a staff screen or command may do. Each role's list lives in one place (mayDo), so a
// screen hides what its role may not do and the command refuses it as well.
enum class Permission {
    SeeStatus, // every role
    ChangeMenu, // dish sold out, quota: canteen and administrator
    DecideBookings, // approve / reject pending bookings: operator and administrator
    ChangeSettings, // administrator
    RunActions, // sync now, diagnostics, restart: operator and administrator
    ManageHall, // a room out of service, a notice, check-in mode: operator and administrator
};

struct StaffMember {
    QString id;
    QString name;
    StaffRole role = StaffRole::Operator;
};

bool mayDo(StaffRole role, Permission what);
std::optional<StaffRole> roleFromName(const QString &name); // "operator", "canteen", "administrator"
QString roleName(StaffRole role);

// Loads staff.json from the demo folder `dir` once (while there are no staff and the
// database's hall is that folder's), PINs stored as Argon2id hashes like residents'. Returns
// how many. Throws content::ContentError for a bad file (missing id/name/pin, unknown role,
// a PIN that is not 6 digits), storage::StorageError for storage failures; writes nothing then.
int loadDemoStaff(
    storage::Database &db, const QString &dir, residents::PinCost cost = residents::PinCost::Interactive);

} // namespace linli::maintenance
