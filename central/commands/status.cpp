#include "commands/command_line.h"
#include "commands/commands.h"
#include "commands/event_summary.h"
#include "store/central_store.h"
#include "wire/wire.h"

#include <map>
#include <QDateTime>

namespace linli::central::commands {

namespace {

QString lastSeen(const KioskRow &k, qint64 nowMs)
{
    if (!k.lastSeenMs)
        return QStringLiteral("never");
    const qint64 ago = (nowMs - *k.lastSeenMs) / 1000;
    return QDateTime::fromMSecsSinceEpoch(*k.lastSeenMs, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral("Z (%1 s ago)").arg(ago);
}

// Beyond the contract's 5 minutes the kiosk distrusts its own clock for tickets: marked "!".
QString clockOffset(qint64 ms)
{
    const QString text
        = QStringLiteral("%1%2 s").arg(ms > 0 ? QStringLiteral("+") : QString()).arg(ms / 1000);
    return std::abs(ms) > wire::kAllowedSkewMs ? text + QStringLiteral(" !") : text;
}

QString row(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i)
        line += i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) + u' ' : cells[i];
    return line;
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + u'Z';
}

void sayCountsByKind(CentralStore &store)
{
    say(QStringLiteral("events received: %1").arg(store.eventCount()));
    const QList<int> widths{ 28, 9 };
    const auto counts = store.eventCountsByKind();
    if (!counts.empty())
        say(QStringLiteral("  ")
            + row(
                { QStringLiteral("KIND"), QStringLiteral("ACCEPTED"), QStringLiteral("REJECTED") }, widths));
    for (const KindCount &c : counts)
        say(QStringLiteral("  ")
            + row({ c.kind, QString::number(c.accepted), QString::number(c.rejected) }, widths));
}

void sayRecentEvents(CentralStore &store, const std::vector<KioskRow> &kiosks, int last)
{
    const auto events = store.recentEvents(last);
    if (events.empty())
        return;
    std::map<QString, QTimeZone> zoneOfKiosk;
    for (const KioskRow &k : kiosks) {
        const QTimeZone zone(store.hallTimeZone(k.hallId).value_or(QString()).toUtf8());
        zoneOfKiosk[k.id] = zone.isValid() ? zone : QTimeZone::utc();
    }
    say(QStringLiteral("last %1 events received (newest first):").arg(events.size()));
    const QList<int> widths{ 20, 20, 22, 60 };
    say(QStringLiteral("  ")
        + row({ QStringLiteral("RECEIVED (UTC)"), QStringLiteral("KIOSK"), QStringLiteral("KIND"),
                  QStringLiteral("WHAT"), QStringLiteral("RESULT") },
            widths));
    for (const StoredEvent &e : events) {
        const auto zone = zoneOfKiosk.find(e.kioskId);
        say(QStringLiteral("  ")
            + row({ utc(e.receivedAtMs), e.kioskId, e.kind,
                      eventSummary(e, zone == zoneOfKiosk.end() ? QTimeZone::utc() : zone->second),
                      eventResult(e) },
                widths));
    }
}

} // namespace

int status(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption last(QStringLiteral("last"),
        QStringLiteral("How many of the latest events to list (default 10)."), QStringLiteral("n"),
        QStringLiteral("10"));
    parser.addOption(last);
    if (!parseCommand(parser, args, QStringLiteral("linli-central status [--db FILE] [--last N]")))
        return 2;
    bool numeric = false;
    const int lastCount = parser.value(last).toInt(&numeric);
    if (!numeric || lastCount < 0 || lastCount > 1000) {
        complain(
            QStringLiteral("--last 须为 0 到 1000 的整数 / --last must be a whole number from 0 to 1000"));
        return 2;
    }
    auto store = openStore(parser);
    if (!store)
        return 1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<int> widths{ 20, 22, 7, 36, 10, 6, 12, 10 };
    say(row({ QStringLiteral("KIOSK"), QStringLiteral("HALL"), QStringLiteral("STATE"),
                QStringLiteral("LAST SEEN (UTC)"), QStringLiteral("VERSION"), QStringLiteral("OUTBOX"),
                QStringLiteral("CLOCK OFF"), QStringLiteral("DISK FREE"), QStringLiteral("ERRORS") },
        widths));
    const auto kiosks = store->kiosks();
    if (kiosks.empty())
        say(QStringLiteral("(no kiosk enrolled yet: linli-central enroll --hall <id>)"));
    for (const KioskRow &k : kiosks) {
        say(row(
            { k.id, k.hallId, k.revokedAtMs ? QStringLiteral("revoked") : QStringLiteral("ok"),
                lastSeen(k, now), k.softwareVersion.isEmpty() ? QStringLiteral("-") : k.softwareVersion,
                QString::number(k.outboxDepth), clockOffset(k.clockOffsetMs),
                QStringLiteral("%1 MB").arg(k.diskFreeBytes / 1000000),
                k.errors.isEmpty() ? QStringLiteral("-")
                                   : QStringLiteral("%1: %2").arg(k.errors.size()).arg(k.errors.first()) },
            widths));
    }
    sayCountsByKind(*store);
    sayRecentEvents(*store, kiosks, lastCount);
    const auto flags = store->flags();
    say(flags.empty() ? QStringLiteral("flags: none") : QStringLiteral("flags:"));
    for (const Flag &f : flags)
        say(QStringLiteral("  %1  %2  %3  %4")
                .arg(QDateTime::fromMSecsSinceEpoch(f.atMs, Qt::UTC).toString(Qt::ISODate), f.kind, f.subject,
                    f.detail));
    return 0;
}

} // namespace linli::central::commands
