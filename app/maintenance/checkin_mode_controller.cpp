#include "checkin_mode_controller.h"

#include "language_controller.h"
#include "maintenance/hall_actions.h"
#include "maintenance_backend.h"
#include "storage/database.h"
#include "storage/storage_error.h"

CheckInModeController::CheckInModeController(QObject *parent)
    : StaffScreen(parent)
{
}

void CheckInModeController::staffChanged()
{
    read();
}

void CheckInModeController::read()
{
    m_places.clear();
    m_names.clear();
    if (maintenance() && maintenance()->context().db && maintenance()->mayManageHall()) {
        const KioskContext &c = maintenance()->context();
        const bool zh = c.language->language() == linli::Language::Chinese;
        try {
            // The places tickets are issued for: bookable rooms, then the canteens.
            auto q = c.db->prepare(
                "SELECT r.id, r.name_zh, r.name_en FROM room r JOIN room_booking_rule b ON b.room_id = r.id "
                "UNION ALL SELECT id, name_zh, name_en FROM canteen");
            while (q.step()) {
                m_places << q.text(0);
                m_names << (zh ? q.text(1) : q.text(2));
            }
        } catch (const linli::storage::StorageError &) {
            m_message = tr("The places cannot be read just now.");
        }
    }
    emit changed();
}

void CheckInModeController::open(const QString &placeId)
{
    if (!maintenance() || !maintenance()->context().db)
        return;
    const KioskContext &c = maintenance()->context();
    linli::maintenance::HallActions actions(*c.db, *c.clock, linli::HallTime(c.zone));
    const linli::Outcome done = actions.openCheckIn(maintenance()->staff(), placeId);
    if (!done.ok) {
        m_message = done.reason.in(c.language->language());
        emit changed();
        return;
    }
    maintenance()->openCheckIn(placeId);
}
