#include "commands/command_line.h"
#include "commands/commands.h"
#include "store/central_store.h"
#include "wire/wire.h"

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

} // namespace

int status(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseCommand(parser, args, QStringLiteral("linli-central status [--db FILE]")))
        return 2;
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
    say(QStringLiteral("events received: %1").arg(store->eventCount()));
    const auto flags = store->flags();
    say(flags.empty() ? QStringLiteral("flags: none") : QStringLiteral("flags:"));
    for (const Flag &f : flags)
        say(QStringLiteral("  %1  %2  %3  %4")
                .arg(QDateTime::fromMSecsSinceEpoch(f.atMs, Qt::UTC).toString(Qt::ISODate), f.kind, f.subject,
                    f.detail));
    return 0;
}

} // namespace linli::central::commands
