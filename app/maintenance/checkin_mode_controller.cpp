#include "checkin_mode_controller.h"

#include "language_controller.h"
#include "maintenance/hall_actions.h"
#include "maintenance_backend.h"
#include "storage/database.h"
#include "storage/storage_error.h"

CheckInModeController::CheckInModeController(QObject *parent)
    : QObject(parent)
{
}

void CheckInModeController::setMaintenance(MaintenanceBackend *maintenance)
{
    if (m_maintenance == maintenance)
        return;
    if (m_maintenance)
        disconnect(m_maintenance, nullptr, this, nullptr);
    m_maintenance = maintenance;
    if (m_maintenance)
        connect(m_maintenance, &MaintenanceBackend::changed, this, &CheckInModeController::read);
    emit maintenanceChanged();
    read();
}

void CheckInModeController::read()
{
    m_places.clear();
    m_names.clear();
    if (m_maintenance && m_maintenance->context().db && m_maintenance->mayManageHall()) {
        const KioskContext &c = m_maintenance->context();
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
    if (!m_maintenance || !m_maintenance->context().db)
        return;
    const KioskContext &c = m_maintenance->context();
    linli::maintenance::HallActions actions(*c.db, *c.clock, linli::HallTime(c.zone));
    const linli::Outcome done = actions.openCheckIn(m_maintenance->staff(), placeId);
    if (!done.ok) {
        m_message = done.reason.in(c.language->language());
        emit changed();
        return;
    }
    m_maintenance->openCheckIn(placeId);
}
