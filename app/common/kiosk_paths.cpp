#include "kiosk_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

bool runningInstalled()
{
    return QCoreApplication::applicationDirPath().startsWith(QStringLiteral("/usr/"));
}

} // namespace

QString defaultDataDir()
{
    if (runningInstalled())
        return QStringLiteral("/var/lib/linli");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("linli"));
}

QString defaultConfigFile()
{
    const QString system = QStringLiteral("/etc/linli/kiosk.ini");
    return QFileInfo::exists(system) ? system : QString();
}

QString defaultContentDir()
{
    const QString installed
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/linli/demo"));
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(LINLI_SOURCE_DEMO_DIR);
}
