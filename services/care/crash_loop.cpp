#include "care/crash_loop.h"

#include "care/care_log.h"
#include "care/crash_record.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace linli::care {

LocalizedText crashLoopReason(int crashes, int windowSecs, const QString &hallPhone)
{
    const int minutes = std::max(1, windowSecs / 60);
    const QString callZh = hallPhone.isEmpty()
        ? QStringLiteral("请联系服务台工作人员。")
        : QStringLiteral("如需帮助，请拨打服务大厅电话 %1。").arg(hallPhone);
    const QString callEn = hallPhone.isEmpty()
        ? QStringLiteral("Please ask the staff at the service desk.")
        : QStringLiteral("For help, please call the hall on %1.").arg(hallPhone);
    return { QStringLiteral("本机在 %1 分钟内意外重启了 %2 次，已暂停服务，等待工作人员检查。%3")
                 .arg(minutes)
                 .arg(crashes)
                 .arg(callZh),
        QStringLiteral("This kiosk restarted unexpectedly %1 times in %2 minutes and is paused until staff "
                       "check it. %3")
            .arg(crashes)
            .arg(minutes)
            .arg(callEn) };
}

int reportCrashes(storage::Database &db, CrashRecord &record, const QDateTime &nowUtc)
{
    const std::vector<qint64> times = record.unreported();
    if (times.empty())
        return 0;
    QJsonArray at;
    for (const qint64 t : times)
        at.append(QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate));
    const QJsonObject payload{ { QStringLiteral("count"), int(times.size()) },
        { QStringLiteral("at_utc"), at } };
    db.prepare(
          "INSERT INTO outbox(event_id, kind, occurred_at_utc, payload) VALUES (?, 'kiosk.crashes', ?, ?)")
        .bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, nowUtc.toSecsSinceEpoch())
        .bind(3, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .run();
    record.markReported();
    qCInfo(lcCare) << times.size() << "crashes queued for the next sync";
    return int(times.size());
}

} // namespace linli::care
