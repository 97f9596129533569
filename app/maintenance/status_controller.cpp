#include "status_controller.h"

#include "maintenance/kiosk_status.h"
#include "maintenance_backend.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString megabytes(qint64 bytes)
{
    if (bytes < 0)
        return StatusController::tr("unknown");
    if (bytes >= 10LL * 1024 * 1024 * 1024)
        return StatusController::tr("%1 GB").arg(bytes / (1024LL * 1024 * 1024));
    return StatusController::tr("%1 MB").arg(
        QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1));
}

} // namespace

StatusController::StatusController(QObject *parent)
    : QObject(parent)
{
}

void StatusController::setMaintenance(MaintenanceBackend *maintenance)
{
    if (m_maintenance == maintenance)
        return;
    if (m_maintenance)
        disconnect(m_maintenance, nullptr, this, nullptr);
    m_maintenance = maintenance;
    // Another staff member (or none, or another language) sees their own lists.
    if (m_maintenance)
        connect(m_maintenance, &MaintenanceBackend::changed, this, &StatusController::refresh);
    refresh();
}

QString StatusController::version() const
{
    return QCoreApplication::applicationVersion().isEmpty() ? tr("development build")
                                                            : QCoreApplication::applicationVersion();
}

void StatusController::refresh()
{
    if (!m_maintenance)
        return;
    linli::storage::Database *db = m_maintenance->context().db;
    const QString dataDir = db ? QFileInfo(db->path()).absolutePath() : QString();
    const linli::maintenance::KioskStatus s = linli::maintenance::readKioskStatus(db, dataDir);
    m_outbox = s.outboxWaiting < 0
        ? tr("unknown")
        : tr("%n change(s) waiting to be sent", nullptr, static_cast<int>(s.outboxWaiting));
    m_database = megabytes(s.databaseBytes);
    m_databaseOk = s.databaseOk;
    m_diskFree = megabytes(s.diskFreeBytes);
    m_memory = megabytes(s.memoryBytes);
    const qint64 up = m_maintenance->uptimeSecs();
    m_uptime = tr("%1 h %2 min").arg(up / 3600).arg((up / 60) % 60);
    emit changed();
}
