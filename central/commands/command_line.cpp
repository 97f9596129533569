#include "commands/command_line.h"

#include "store/sqlite_central_store.h"

#include <cstdio>
#include <QDir>
#include <QFileInfo>

namespace linli::central {

namespace {
const QCommandLineOption kDb(
    QStringLiteral("db"), QStringLiteral("The central database file."), QStringLiteral("file"));
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &usage)
{
    parser.addOption(kDb);
    parser.addHelpOption();
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1); // the command itself
    if (!parser.parse(rest)) {
        complain(parser.errorText());
        complain(usage);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        say(usage);
        return false;
    }
    return true;
}

std::unique_ptr<CentralStore> openStore(const QCommandLineParser &parser)
{
    QString path = parser.value(kDb);
    if (path.isEmpty())
        path = qEnvironmentVariable("LINLI_CENTRAL_DB", QStringLiteral("/var/lib/linli-central/central.db"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    try {
        return std::make_unique<SqliteCentralStore>(path);
    } catch (const std::exception &e) {
        complain(QStringLiteral("无法打开中心数据库 %1 / cannot open the central database %1: %2")
                     .arg(path, QString::fromUtf8(e.what())));
        return nullptr;
    }
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stderr);
    std::fflush(stderr);
}

} // namespace linli::central
