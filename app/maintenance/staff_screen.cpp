#include "staff_screen.h"

#include "maintenance_backend.h"

void StaffScreen::setMaintenance(MaintenanceBackend *maintenance)
{
    if (m_maintenance == maintenance)
        return;
    if (m_maintenance)
        disconnect(m_maintenance, nullptr, this, nullptr);
    m_maintenance = maintenance;
    if (m_maintenance) {
        connect(m_maintenance, &MaintenanceBackend::changed, this, &StaffScreen::staffChanged);
        follow(*m_maintenance);
    }
    emit maintenanceChanged();
    attached();
}
