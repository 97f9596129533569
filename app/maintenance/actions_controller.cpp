#include "actions_controller.h"

#include "care/care_settings.h"
#include "config/kiosk_config.h"
#include "core/clock.h"
#include "kiosk_paths.h"
#include "language_controller.h"
#include "maintenance/audit.h"
#include "maintenance/diagnostics_bundle.h"
#include "maintenance/staff_actions.h"
#include "maintenance_backend.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "sync_backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QThreadPool>
#include <QTimer>

using linli::maintenance::Permission;

namespace {

// The INI the kiosk was started with (its --config, else the installed default).
QString configFile()
{
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--config" && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(u"--config="))
            return args.at(i).mid(9);
    }
    return defaultConfigFile();
}

// What the journal holds of this kiosk, when its user may read it (else the bundle says where).
QString journal()
{
    QProcess p;
    p.start(QStringLiteral("journalctl"),
        { QStringLiteral("-u"), QStringLiteral("linli-kiosk"), QStringLiteral("-n"), QStringLiteral("2000"),
            QStringLiteral("--no-pager"), QStringLiteral("-o"), QStringLiteral("short-iso") });
    if (!p.waitForFinished(3000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished(500);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The kiosk's state directory; the database's when the context names none (the QML tests).
QString dataDirOf(const KioskContext &context)
{
    if (!context.dataDir.isEmpty() || !context.db)
        return context.dataDir;
    return QFileInfo(context.db->path()).absolutePath();
}

} // namespace

ActionsController::ActionsController(QObject *parent)
    : StaffScreen(parent)
    , m_places(ExportPlace::staticMetaObject)
    , m_quit([](int code) { QCoreApplication::exit(code); })
{
}

void ActionsController::staffChanged()
{
    // Another staff member (or none) sees no answer given to the one before.
    if (!maintenance()->signedIn()) {
        ++m_generation;
        m_syncMessage.clear();
        m_exportMessage.clear();
        m_syncing = m_exporting = false;
    }
    emit changed();
}

void ActionsController::attached()
{
    refreshPlaces();
}

void ActionsController::setSync(SyncBackend *sync)
{
    if (m_sync == sync)
        return;
    if (m_sync && m_sync->engine())
        disconnect(m_sync->engine(), nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync && m_sync->engine())
        connect(m_sync->engine(), &linli::sync::SyncEngine::exchangeFinished, this,
            &ActionsController::syncEnded);
    emit changed();
}

bool ActionsController::allowed() const
{
    return maintenance() && maintenance()->may(Permission::RunActions);
}

bool ActionsController::audit(const QString &action, const QString &subject, const QJsonObject &after)
{
    linli::storage::Database *db = maintenance()->context().db;
    if (!db)
        return false;
    try {
        linli::storage::Transaction tx(*db);
        linli::maintenance::recordAudit(*db, maintenance()->staff(),
            maintenance()->context().clock->nowUtc().toSecsSinceEpoch(), action, subject, {}, after);
        tx.commit();
        return true;
    } catch (const linli::storage::StorageError &e) {
        qWarning() << "audit of" << action << "failed:" << e.what();
        return false;
    }
}

void ActionsController::syncNow()
{
    if (!allowed() || m_syncing)
        return;
    audit(QStringLiteral("maintenance.sync_now"), {}, {});
    maintenance()->stillHere();
    if (!m_sync || !m_sync->engine()) {
        m_syncOk = true; // nothing wrong: a kiosk without a server works on its own
        m_syncMessage = tr("No central server is set up, so there is nothing to sync.");
    } else {
        m_syncing = true;
        m_syncMessage = tr("Syncing with the central server…");
        m_sync->engine()->syncNow();
    }
    emit changed();
}

void ActionsController::syncEnded(bool ok)
{
    if (!m_syncing)
        return; // the engine's own schedule, not staff's press
    m_syncing = false;
    m_syncOk = ok;
    const auto language = maintenance()->context().language->language();
    m_syncMessage = ok
        ? tr("Synced. %n change(s) still waiting.", nullptr, m_sync->outboxDepth())
        : tr("The server could not be reached: %1").arg(m_sync->engine()->problem().in(language));
    emit changed();
}

void ActionsController::refreshPlaces()
{
    std::vector<ExportPlace> rows;
    const QString dataDir = maintenance() ? dataDirOf(maintenance()->context()) : QString();
    for (const auto &target : linli::maintenance::exportTargets(dataDir))
        rows.push_back(
            { target.removable ? tr("USB stick “%1”").arg(target.label) : tr("The kiosk's export folder"),
                target.path, target.removable });
    m_places.reset(rows);
}

void ActionsController::exportTo(int row)
{
    if (!allowed() || m_exporting || row < 0 || row >= m_places.rowCount())
        return;
    const ExportPlace place = m_places.at<ExportPlace>(row);
    const KioskContext &context = maintenance()->context();
    m_exporting = true;
    m_exportMessage = tr("Writing the diagnostics…");
    maintenance()->stillHere();
    emit changed();
    // Logs and the journal can take a moment: off the GUI thread, on a connection of its own.
    const QString dbPath = context.db ? context.db->path() : QString(), dataDir = dataDirOf(context);
    const QString overrideFile = context.config ? context.config->overrideFile : QString();
    const QDateTime now = context.clock->nowUtc();
    QPointer<ActionsController> self(this);
    const int generation = m_generation;
    QThreadPool::globalInstance()->start([=] {
        std::optional<linli::storage::Database> db;
        try {
            if (!dbPath.isEmpty())
                db.emplace(linli::storage::Database::open(dbPath));
        } catch (const linli::storage::StorageError &) {
        }
        linli::maintenance::DiagnosticsInput in;
        in.db = db ? &*db : nullptr;
        in.dataDir = dataDir;
        in.configFile = configFile();
        in.overrideFile = overrideFile;
        in.logDir = linli::care::loadCareSettings(in.configFile).settings.logDir;
        in.journal = journal;
        in.version = QCoreApplication::applicationVersion();
        const auto written = linli::maintenance::writeDiagnosticsBundle(in, place.path, now);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, written, place] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_exporting = false;
                self->m_exportOk = written.ok;
                const auto language = self->maintenance()->context().language->language();
                self->m_exportMessage = written.ok
                    ? tr("Saved to %1: %2").arg(place.title, QDir(written.value).dirName())
                    : written.reason.in(language);
                self->audit(QStringLiteral("maintenance.export_diagnostics"), QDir(written.value).dirName(),
                    { { QStringLiteral("ok"), written.ok },
                        { QStringLiteral("removable"), place.removable } });
                emit self->changed();
            },
            Qt::QueuedConnection);
    });
}

void ActionsController::restart()
{
    if (!allowed())
        return;
    audit(QStringLiteral("maintenance.restart"), {}, {});
    qInfo().noquote() << "restart asked for by staff" << maintenance()->staff().id;
    // A moment for the screen to say so; then an ordinary exit, which systemd restarts.
    QTimer::singleShot(500, this, [this] { m_quit(kRestartExitCode); });
}
