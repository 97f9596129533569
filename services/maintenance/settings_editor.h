#pragma once

#include "core/outcome.h"
#include "maintenance/kiosk_settings.h"
#include "maintenance/staff.h"

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::maintenance {

// The Settings screen's command: an administrator's settings, validated, written atomically as
// the override file (<data dir>/kiosk-settings.ini) and audited (who, when, before/after of the
// values that changed; also to the outbox). A refusal changes neither the file nor the audit.
class SettingsEditor {
public:
    SettingsEditor(storage::Database &db, const Clock &clock, QString baseFile, QString overrideFile);

    KioskSettings current() const; // what the kiosk reads now, the override over /etc
    Outcome save(const StaffMember &who, const KioskSettings &wanted);

private:
    storage::Database &m_db;
    const Clock &m_clock;
    QString m_base, m_override;
};

} // namespace linli::maintenance
