#include "enrol_command.h"

#include "config/kiosk_config.h"
#include "core/clock.h"
#include "kiosk_paths.h"
#include "startup/kiosk_database.h"
#include "sync/enrolment.h"

#include <cstdio>
#include <cstring>
#include <QCoreApplication>
#include <QStringList>

namespace {

int say(bool ok, const linli::LocalizedText &message)
{
    std::fprintf(ok ? stdout : stderr, "%s\n%s\n", qPrintable(message.zh), qPrintable(message.en));
    return ok ? 0 : 1;
}

} // namespace

std::optional<int> runEnrolCommand(int argc, char *argv[])
{
    bool asked = false;
    for (int i = 1; i < argc; ++i)
        asked = asked || std::strcmp(argv[i], "--enroll") == 0;
    if (!asked)
        return std::nullopt;
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString url, code, dataDir, configFile;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasNext = i + 1 < args.size();
        if (arg == u"--enroll" && i + 2 < args.size()) {
            url = args.at(++i);
            code = args.at(++i);
        } else if (arg == u"--data-dir" && hasNext) {
            dataDir = args.at(++i);
        } else if (arg == u"--config" && hasNext) {
            configFile = args.at(++i);
        } else {
            return say(false,
                { QStringLiteral("用法：linli-kiosk --enroll 服务器地址 登记码 [--data-dir 目录] [--config "
                                 "文件]（“%1”无法识别）")
                        .arg(arg),
                    QStringLiteral(
                        "Usage: linli-kiosk --enroll URL CODE [--data-dir DIR] [--config FILE] (\"%1\" "
                        "not understood)")
                        .arg(arg) });
        }
    }
    const auto configResult
        = linli::config::loadKioskConfig(configFile.isEmpty() ? defaultConfigFile() : configFile);
    if (!configResult.canStart())
        return say(false,
            { configResult.describe(linli::Language::Chinese).join(u'\n'),
                configResult.describe(linli::Language::English).join(u'\n') });
    const linli::config::KioskConfig &config = configResult.config;
    linli::startup::DatabaseSetup setup;
    setup.dataDir = !dataDir.isEmpty() ? dataDir
        : !config.dataDir.isEmpty()    ? config.dataDir
                                       : defaultDataDir();
    setup.contentDir = config.contentDir.isEmpty() ? defaultContentDir() : config.contentDir;
    setup.busyTimeoutMs = config.busyTimeoutMs;
    setup.kioskId = config.kioskId;
    const linli::SystemClock clock;
    linli::startup::KioskDatabase kiosk = linli::startup::openKioskDatabase(setup, clock.nowUtc());
    if (!kiosk.ok() || !kiosk.ticketKey)
        return say(false, kiosk.outOfServiceReason);
    linli::sync::EnrolRequestData request;
    request.url = url;
    request.code = code;
    request.caFile = config.syncServerCa;
    request.dataDir = setup.dataDir;
    request.ticketPublicKey = kiosk.ticketKey->publicKey();
    request.softwareVersion = QStringLiteral(LINLI_VERSION);
    const linli::sync::EnrolOutcome outcome = linli::sync::enrol(*kiosk.database, request);
    return say(outcome.ok, outcome.message);
}
