#include "care/crash_record.h"

#include "care/care_log.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace linli::care {
namespace {

// Enough history for any crash window; older times are dropped.
constexpr int kKeptCrashes = 100;

bool writeTimes(const QString &path, const std::vector<qint64> &times)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const qint64 t : times)
        file.write(QByteArray::number(t) + '\n');
    return file.commit();
}

} // namespace

CrashRecord::CrashRecord(QString dataDir)
    : m_dir(QDir(dataDir).filePath(QStringLiteral("care")))
{
}

QString CrashRecord::file(const char *name) const
{
    return QDir(m_dir).filePath(QLatin1String(name));
}

std::vector<qint64> CrashRecord::readTimes(const char *name) const
{
    std::vector<qint64> times;
    QFile in(file(name));
    if (!in.open(QIODevice::ReadOnly))
        return times;
    for (const QByteArray &line : in.readAll().split('\n')) {
        bool ok = false;
        const qint64 t = line.trimmed().toLongLong(&ok);
        if (ok)
            times.push_back(t);
    }
    return times;
}

bool CrashRecord::noteStart(const QDateTime &nowUtc)
{
    QDir().mkpath(m_dir);
    const bool crashed = QFile::exists(file("running"));
    if (crashed) {
        for (const char *name : { "crashes", "unreported" }) {
            std::vector<qint64> times = readTimes(name);
            times.push_back(nowUtc.toSecsSinceEpoch());
            if (times.size() > kKeptCrashes)
                times.erase(times.begin(), times.end() - kKeptCrashes);
            if (!writeTimes(file(name), times))
                qCWarning(lcCare).noquote() << "cannot write" << file(name);
        }
        qCWarning(lcCare) << "the last run did not end cleanly (crash, kill or watchdog restart)";
    }
    QFile mark(file("running"));
    if (!mark.open(QIODevice::WriteOnly))
        qCWarning(lcCare).noquote() << "cannot write" << mark.fileName();
    mark.write(QByteArray::number(nowUtc.toSecsSinceEpoch()));
    return crashed;
}

void CrashRecord::noteCleanExit()
{
    QFile::remove(file("running"));
}

int CrashRecord::crashesWithin(const QDateTime &nowUtc, int windowSecs) const
{
    const qint64 now = nowUtc.toSecsSinceEpoch();
    int count = 0;
    for (const qint64 t : readTimes("crashes"))
        count += t > now - windowSecs && t <= now ? 1 : 0;
    return count;
}

std::vector<qint64> CrashRecord::unreported() const
{
    return readTimes("unreported");
}

void CrashRecord::markReported()
{
    QFile::remove(file("unreported"));
}

} // namespace linli::care
