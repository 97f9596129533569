#include "content/demo_loader.h"

#include "content/content_parser.h"
#include "content/content_writer.h"
#include "core/logging.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

namespace linli::content {

namespace {

bool hasHall(storage::Database &db)
{
    storage::Statement query = db.prepare("SELECT EXISTS (SELECT 1 FROM hall)");
    return query.step() && query.int64(0) != 0;
}

} // namespace

LoadReport loadDemoContentIfEmpty(storage::Database &db, const QString &dir, const QDateTime &nowUtc)
{
    LoadReport report;
    // A provisioned kiosk never reads the demo files, so a broken demo folder cannot stop it.
    if (hasHall(db)) {
        qCDebug(lcContent) << "a hall exists; demo content not loaded";
        return report;
    }
    const DemoContent content = parseDemoContent(dir);

    storage::Transaction transaction(db);
    if (hasHall(db)) { // another connection got there between the check and the lock
        qCInfo(lcContent) << "a hall appeared meanwhile; demo content not loaded";
        return report;
    }
    writeContent(db, content, nowUtc);
    transaction.commit();

    report.facilities = int(content.facilities.size());
    report.rooms = int(content.rooms.size());
    report.canteens = int(content.canteens.size());
    report.guides = int(content.guides.size());
    report.notices = int(content.notices.size());
    report.events = int(content.events.size());
    report.loaded = true;
    qCInfo(lcContent).noquote() << QStringLiteral(
        "loaded demo content for %1 from %2: %3 facilities, %4 rooms, "
        "%5 canteens, %6 guides, %7 notices, %8 events")
                                       .arg(content.hall.id, dir)
                                       .arg(report.facilities)
                                       .arg(report.rooms)
                                       .arg(report.canteens)
                                       .arg(report.guides)
                                       .arg(report.notices)
                                       .arg(report.events);
    return report;
}

} // namespace linli::content
