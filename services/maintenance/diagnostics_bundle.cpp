#include "maintenance/diagnostics_bundle.h"

#include "care/care_status.h"
#include "config/layered_ini.h"
#include "maintenance/kiosk_status.h"
#include "maintenance/maintenance_log.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTimeZone>

namespace linli::maintenance {

namespace {

constexpr qint64 kLogTailBytes = 512 * 1024; // of each log file: the recent part is what helps
constexpr int kLogFiles = 5;

QString when(qint64 utc)
{
    return utc > 0 ? QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate)
                   : QStringLiteral("never");
}

// Sizes in MiB: a byte count of nine digits would read as a card number to the scrubber.
QString mib(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("unknown")
                     : QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

QString statusText(const KioskStatus &s, const QString &version)
{
    QStringList l;
    l << u"version: "_qs + version << u"outbox waiting: "_qs + QString::number(s.outboxWaiting)
      << u"oldest waiting: "_qs + when(s.oldestWaitingUtc) << u"database: "_qs + mib(s.databaseBytes)
      << u"database quick_check: "_qs + (s.databaseOk ? u"ok"_qs : u"FAILED"_qs)
      << u"disk free: "_qs + mib(s.diskFreeBytes) << u"memory: "_qs + mib(s.memoryBytes)
      << u"enrolled: "_qs + (s.enrolled ? u"yes"_qs : u"no"_qs) << u"last sync: "_qs + when(s.lastSyncUtc)
      << u"last sync failure: "_qs + when(s.lastSyncFailureUtc) + u" "_qs + s.lastSyncError
      << u"integrity check: "_qs + when(s.integrityCheckedUtc) + u" "_qs
            + (s.integrityOk ? u"ok"_qs : s.integrityProblems)
      << u"nightly failures: "_qs + s.nightlyFailures << u"restored: "_qs + when(s.restoredUtc)
      << u" "_qs + s.restoreNote << u"scene graph: "_qs + s.sceneGraph;
    return l.join(u'\n') + u'\n';
}

// The INI as configured, but a value whose key names a secret is never copied.
QString maskedConfig(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return QStringLiteral("; no configuration file (%1): defaults\n").arg(path);
    static const QRegularExpression secret(
        QStringLiteral("^\\s*([^=;#]*(secret|key|password|passwd|token|pin|code)[^=]*)="),
        QRegularExpression::CaseInsensitiveOption);
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (QString &line : lines) {
        const QRegularExpressionMatch m = secret.match(line);
        if (m.hasMatch())
            line = m.captured(1) + QStringLiteral("=***");
    }
    return lines.join(u'\n');
}

QString tail(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > kLogTailBytes)
        file.seek(file.size() - kLogTailBytes);
    return QString::fromUtf8(file.readAll());
}

QString outboxSummary(storage::Database &db)
{
    QString out;
    auto q = db.prepare(
        "SELECT kind, count(*), sum(sent_at_utc IS NULL) FROM outbox GROUP BY kind ORDER BY kind");
    while (q.step())
        out += QStringLiteral("%1: %2 events, %3 waiting\n").arg(q.text(0)).arg(q.int64(1)).arg(q.int64(2));
    return out;
}

// Who did what and when, without the subjects or values (a booking's before/after names people).
QString auditSummary(storage::Database &db)
{
    QString out;
    auto q = db.prepare("SELECT at_utc, staff_id, action FROM staff_audit ORDER BY seq DESC LIMIT 200");
    while (q.step())
        out += QStringLiteral("%1 %2 %3\n").arg(when(q.int64(0)), q.text(1), q.text(2));
    return out;
}

QString readme(const QDateTime &nowUtc)
{
    return QStringLiteral(
        "Linli kiosk diagnostics, written %1.\n"
        "status.txt: the status screen's facts. care-status.json: the nightly window and "
        "start-up care. config.ini: the configuration, secrets masked; config-*.ini: what the "
        "Settings screen and the central server set over it, masked alike. outbox.txt, audit.txt: "
        "counts and staff actions only. logs/: recent log files.\n"
        "Personal data is masked: residents' and staff names, card numbers, phone and ID "
        "numbers. Keys and the database are never included.\n"
        "When logs/ is empty the kiosk logs to the journal: journalctl -u linli-kiosk\n")
        .arg(nowUtc.toUTC().toString(Qt::ISODate));
}

} // namespace

PersonalDataScrubber::PersonalDataScrubber(storage::Database *db)
{
    if (!db)
        return;
    try {
        auto q = db->prepare(
            "SELECT name, card, phone FROM resident UNION ALL SELECT name, card, NULL FROM staff "
            "UNION ALL SELECT phone, NULL, NULL FROM pin_attempt");
        while (q.step())
            for (int c = 0; c < 3; ++c)
                if (const QString v = q.text(c).trimmed(); v.size() >= 2)
                    m_literals << v;
    } catch (const storage::StorageError &e) {
        qCWarning(lcMaintenance) << "personal data list unreadable:" << e.what();
    }
    m_literals.removeDuplicates();
    std::sort(m_literals.begin(), m_literals.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString PersonalDataScrubber::scrub(QString text) const
{
    for (const QString &literal : m_literals)
        text.replace(literal, QStringLiteral("[personal]"));
    static const QRegularExpression id(QStringLiteral("(?<!\\d)\\d{17}[\\dXx](?![\\dA-Za-z])"));
    static const QRegularExpression mobile(
        QStringLiteral("(?<!\\d)(\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)"));
    static const QRegularExpression landline(QStringLiteral("(?<!\\d)0\\d{2,3}[- ]\\d{7,8}(?!\\d)"));
    static const QRegularExpression digits(QStringLiteral("(?<![\\dA-Za-z])\\d{9,}(?![\\dA-Za-z])"));
    text.replace(id, QStringLiteral("[id]"));
    text.replace(mobile, QStringLiteral("[phone]"));
    text.replace(landline, QStringLiteral("[phone]"));
    text.replace(digits, QStringLiteral("[number]"));
    return text;
}

Result<QString> writeDiagnosticsBundle(
    const DiagnosticsInput &in, const QString &targetDir, const QDateTime &nowUtc)
{
    const QString name
        = QStringLiteral("linli-diagnostics-") + nowUtc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'");
    const QDir target(targetDir);
    const QString partial = target.filePath(name + QStringLiteral(".partial"));
    const QString done = target.filePath(name);
    const LocalizedText cannot{ QStringLiteral("无法写入“%1”，请换一个位置或检查U盘。").arg(targetDir),
        QStringLiteral("Cannot write to %1. Choose another place or check the USB stick.").arg(targetDir) };
    if (!QDir().mkpath(targetDir) || !QDir().mkpath(partial + QStringLiteral("/logs")))
        return Result<QString>::refuse(cannot);
    const PersonalDataScrubber scrubber(in.db);
    bool written = true;
    auto put = [&](const QString &file, const QString &text) {
        QFile out(QDir(partial).filePath(file));
        written = written && out.open(QIODevice::WriteOnly) && out.write(scrubber.scrub(text).toUtf8()) >= 0;
    };
    put(QStringLiteral("README.txt"), readme(nowUtc));
    put(QStringLiteral("status.txt"), statusText(readKioskStatus(in.db, in.dataDir), in.version));
    put(QStringLiteral("care-status.json"),
        QString::fromUtf8(QJsonDocument(care::CareStatus(in.dataDir).read()).toJson()));
    put(QStringLiteral("config.ini"), maskedConfig(in.configFile));
    if (!in.overrideFile.isEmpty()) {
        // What the kiosk runs with is the INI with these read over it, staff's and the central's.
        for (const QString &layer : { in.overrideFile, config::centralFileBeside(in.overrideFile) })
            if (QFileInfo::exists(layer))
                put(u"config-"_qs + QFileInfo(layer).fileName(), maskedConfig(layer));
    }
    if (in.db) {
        try {
            put(QStringLiteral("outbox.txt"), outboxSummary(*in.db));
            put(QStringLiteral("audit.txt"), auditSummary(*in.db));
        } catch (const storage::StorageError &e) {
            put(QStringLiteral("outbox.txt"),
                QStringLiteral("unreadable: %1\n").arg(QString::fromUtf8(e.what())));
        }
    }
    if (!in.logDir.isEmpty()) {
        const QFileInfoList logs
            = QDir(in.logDir).entryInfoList({ QStringLiteral("*.log*") }, QDir::Files, QDir::Time);
        for (qsizetype i = 0; i < std::min<qsizetype>(logs.size(), kLogFiles); ++i)
            put(u"logs/"_qs + logs.at(i).fileName(), tail(logs.at(i).filePath()));
    }
    if (in.journal)
        if (const QString journal = in.journal(); !journal.isEmpty())
            put(QStringLiteral("logs/journal.txt"), journal);
    if (!written || !QDir().rename(partial, done)) {
        QDir(partial).removeRecursively();
        qCWarning(lcMaintenance).noquote() << "diagnostics bundle not written to" << targetDir;
        return Result<QString>::refuse(cannot);
    }
    qCInfo(lcMaintenance).noquote() << "diagnostics bundle written:" << done;
    return Result<QString>::success(done);
}

std::vector<ExportTarget> exportTargets(const QString &dataDir)
{
    std::vector<ExportTarget> targets;
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        const QString root = volume.rootPath();
        if (!volume.isValid() || !volume.isReady() || volume.isReadOnly())
            continue;
        if (root.startsWith(u"/media/") || root.startsWith(u"/run/media/"))
            targets.push_back({ root, volume.name().isEmpty() ? QDir(root).dirName() : volume.name(), true });
    }
    if (!dataDir.isEmpty())
        targets.push_back({ QDir(dataDir).filePath(QStringLiteral("exports")), QString(), false });
    return targets;
}

} // namespace linli::maintenance
