#include "startup/kiosk_database.h"

#include "booking/booking_content.h"
#include "canteen/canteen_content.h"
#include "content/demo_loader.h"
#include "core/logging.h"
#include "information/search.h"
#include "maintenance/staff.h"
#include "storage/migrations.h"
#include "storage/storage_error.h"
#include "tickets/key_registry.h"

#include <QDir>

namespace linli::startup {
namespace {

LocalizedText reasonFor(const storage::StorageError &error, const QString &path)
{
    using storage::ErrorKind;
    switch (error.kind()) {
    case ErrorKind::Corrupt:
        return { QStringLiteral("数据库文件已损坏（%1)。请联系工作人员从备份恢复。").arg(path),
            QStringLiteral("The database file is damaged (%1). Please ask staff to restore it from a backup.")
                .arg(path) };
    case ErrorKind::Locked:
        return { QStringLiteral("数据库正被另一个程序占用（%1)。请联系工作人员。").arg(path),
            QStringLiteral("The database is locked by another program (%1). Please ask staff.").arg(path) };
    case ErrorKind::ReadOnly:
        return { QStringLiteral("数据目录不可写（%1)。请联系工作人员检查存储。").arg(path),
            QStringLiteral("The data directory is read-only (%1). Please ask staff to check the storage.")
                .arg(path) };
    case ErrorKind::DiskFull:
        return { QStringLiteral("存储空间已满（%1)。请联系工作人员清理空间。").arg(path),
            QStringLiteral("The disk is full (%1). Please ask staff to free some space.").arg(path) };
    case ErrorKind::Schema:
        return { QStringLiteral("数据库版本与本程序不符：%1").arg(QString::fromStdString(error.what())),
            QStringLiteral("The database does not match this program's version: %1")
                .arg(QString::fromStdString(error.what())) };
    default:
        return { QStringLiteral("无法打开数据库（%1):%2").arg(path, QString::fromStdString(error.what())),
            QStringLiteral("Cannot open the database (%1): %2")
                .arg(path, QString::fromStdString(error.what())) };
    }
}

} // namespace

QString databaseFileName()
{
    return QStringLiteral("linli.sqlite");
}

KioskDatabase openKioskDatabase(const DatabaseSetup &setup, const QDateTime &nowUtc)
{
    KioskDatabase result;
    const QString path = QDir(setup.dataDir).filePath(databaseFileName());
    if (!QDir().mkpath(setup.dataDir)) {
        result.outOfServiceReason
            = { QStringLiteral("无法创建数据目录 %1。请联系工作人员检查存储。").arg(setup.dataDir),
                  QStringLiteral("Cannot create the data directory %1. Please ask staff to check "
                                 "the storage.")
                      .arg(setup.dataDir) };
        qCCritical(lcStorage).noquote() << result.outOfServiceReason.en;
        return result;
    }
    try {
        storage::OpenOptions options;
        options.busyTimeoutMs = setup.busyTimeoutMs;
        auto db = storage::Database::open(path, options);
        db.quickCheck();
        storage::migrate(db, storage::bundledMigrations());
        const content::LoadReport loaded = content::loadDemoContentIfEmpty(db, setup.contentDir, nowUtc);
        // The demo hall's booking rules and residents, once, PINs hashed; never into a synced hall.
        booking::loadDemoBookingContent(db, setup.contentDir, setup.pinCost);
        canteen::loadDemoCanteenContent(db, setup.contentDir, nowUtc); // menus, subsidy rules, vouchers
        maintenance::loadDemoStaff(db, setup.contentDir, setup.pinCost); // staff.json, PINs hashed
        // The search index is derived from the content: built when content arrives
        // (here, or after a sync) and when missing, e.g. on the first start after migration 0002.
        if (loaded.loaded || information::searchIndexIsEmpty(db))
            information::rebuildSearchIndex(db);
        // The hall's kiosks' public keys, then this kiosk's own key pair (made on first start).
        tickets::loadDemoKioskKeys(db, setup.contentDir, nowUtc.toSecsSinceEpoch());
        tickets::KeyFile key = tickets::openKioskKey(
            db, setup.dataDir, setup.contentDir, setup.kioskId, nowUtc.toSecsSinceEpoch());
        if (!key.key) {
            result.outOfServiceReason = key.problem;
            return result;
        }
        result.ticketKey.emplace(std::move(*key.key));
        result.database.emplace(std::move(db));
    } catch (const storage::StorageError &error) {
        result.outOfServiceReason = reasonFor(error, path);
        qCCritical(lcStorage).noquote()
            << "out of service:" << storage::errorKindName(error.kind()) << error.what();
    } catch (const content::ContentError &error) {
        const QString what = QString::fromStdString(error.what());
        result.outOfServiceReason = { QStringLiteral("服务大厅的内容有误，无法载入：%1").arg(what),
            QStringLiteral("The hall's content has an error and cannot be loaded: %1").arg(what) };
        qCCritical(lcContent).noquote() << "out of service:" << what;
    }
    return result;
}

} // namespace linli::startup
