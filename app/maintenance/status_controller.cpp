#include "status_controller.h"

#include "core/clock.h"
#include "hall_format.h"
#include "maintenance/kiosk_status.h"
#include "maintenance_backend.h"
#include "storage/database.h"
#include "sync_backend.h"

#include <QCameraDevice>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>
#include <QQuickWindow>

using linli::printing::PrinterBackend;

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

// "今天 10:05" / "Today 10:05", "21日 周六 03:00" / "Sat 21 Nov 03:00".
QString atTime(const HallFormat &format, qint64 utc, qint64 nowUtc)
{
    return format.dayButton(format.localDate(utc), format.localDate(nowUtc)) + u' ' + format.time(utc);
}

QString printerWords(const linli::printing::PrinterSettings &printer)
{
    switch (printer.backend) {
    case PrinterBackend::None:
        return StatusController::tr("None set up");
    case PrinterBackend::File:
        return StatusController::tr("Saves receipts as pictures (a test setting)");
    case PrinterBackend::Tcp:
        return StatusController::tr("Network printer %1 (checked when a receipt prints)").arg(printer.target);
    case PrinterBackend::Device:
        return QFileInfo::exists(printer.target)
            ? StatusController::tr("Connected (%1)").arg(printer.target)
            : StatusController::tr("Not found: check its cable and power");
    }
    return {};
}

// Card readers and barcode scanners type like USB keyboards: what the kiosk can know is how
// many such devices are plugged in, not which is which.
QString readerWords()
{
    const QDir byId(QStringLiteral("/dev/input/by-id"));
    if (!byId.exists())
        return StatusController::tr("No USB card reader or scanner plugged in");
    const int n = static_cast<int>(byId.entryList({ QStringLiteral("*-event-kbd") }, QDir::System).size());
    return n == 0 ? StatusController::tr("No USB card reader or scanner plugged in")
                  : StatusController::tr(
                      "%n keyboard-type USB device(s) plugged in (card reader, scanner)", nullptr, n);
}

QString cameraWords()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    return cameras.isEmpty() ? StatusController::tr("Not found")
                             : StatusController::tr("Connected: %1").arg(cameras.first().description());
}

QString sceneGraphWords(const QString &why)
{
    if (QQuickWindow::graphicsApi() != QSGRendererInterface::Software)
        return StatusController::tr("Graphics card (OpenGL)");
    return why.contains(u"configured") ? StatusController::tr("Software (set in the configuration)")
                                       : StatusController::tr("Software (no usable graphics card found)");
}

} // namespace

StatusController::StatusController(QObject *parent)
    : StaffScreen(parent)
{
}

void StatusController::staffChanged()
{
    // Another staff member (or none, or another language) sees their own lists.
    refresh();
}

void StatusController::setSync(SyncBackend *sync)
{
    if (m_sync == sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &SyncBackend::stateChanged, this, &StatusController::refresh);
    refresh();
}

QString StatusController::version() const
{
    return QCoreApplication::applicationVersion().isEmpty() ? tr("development build")
                                                            : QCoreApplication::applicationVersion();
}

void StatusController::refresh()
{
    if (!maintenance())
        return;
    const KioskContext &context = maintenance()->context();
    linli::storage::Database *db = context.db;
    const QString dataDir = !context.dataDir.isEmpty() ? context.dataDir
        : db                                           ? QFileInfo(db->path()).absolutePath()
                                                       : QString();
    const linli::maintenance::KioskStatus s = linli::maintenance::readKioskStatus(db, dataDir);
    const HallFormat format(context.zone, *context.language);
    const qint64 now = context.clock->nowUtc().toSecsSinceEpoch();
    auto when = [&format, now](qint64 utc) { return atTime(format, utc, now); };

    const bool engine = m_sync && m_sync->enabled();
    m_network = engine ? m_sync->stateText() : tr("No central server set up: this kiosk works on its own");
    m_networkOk = !engine || (!m_sync->offline() && !m_sync->revoked());
    m_lastSync = s.lastSyncUtc > 0 ? when(s.lastSyncUtc) : tr("Never");
    if (s.lastSyncFailureUtc > s.lastSyncUtc)
        m_lastSync = tr("%1; the try at %2 failed").arg(m_lastSync, when(s.lastSyncFailureUtc));

    m_outbox = s.outboxWaiting < 0
        ? tr("unknown")
        : tr("%n change(s) waiting to be sent", nullptr, static_cast<int>(s.outboxWaiting));
    m_database = megabytes(s.databaseBytes);
    m_databaseOk = s.databaseOk;
    m_integrityOk = s.integrityCheckedUtc == 0 || s.integrityOk; // not run yet: nothing for staff to do
    if (s.integrityCheckedUtc == 0)
        m_integrity = tr("Not run yet: it runs every night");
    else if (s.integrityOk)
        m_integrity = tr("Passed, %1").arg(when(s.integrityCheckedUtc));
    else
        m_integrity = tr("FAILED, %1: call support").arg(when(s.integrityCheckedUtc));
    if (s.integrityCheckedUtc > 0 && !s.nightlyFailures.isEmpty())
        m_integrity += tr("; other night jobs failed: export diagnostics");
    m_restore = s.restoredUtc == 0
        ? QString()
        : tr("%1: the database was damaged and the last good backup was put back; unsent changes were kept. "
             "Tell support.")
              .arg(when(s.restoredUtc));

    m_diskFree = megabytes(s.diskFreeBytes);
    m_memory = megabytes(s.memoryBytes);
    const qint64 up = maintenance()->uptimeSecs();
    m_uptime = tr("%1 h %2 min").arg(up / 3600).arg((up / 60) % 60);
    m_sceneGraph = sceneGraphWords(s.sceneGraph);
    m_printer = printerWords(context.printer);
    m_readers = readerWords();
    m_camera = cameraWords();
    emit changed();
}
