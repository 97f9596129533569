#include "command_line.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Linli (邻里) community service hall kiosk.\n"
                       "Routes: home, guides, facilities, events, rooms, canteen, my, maintenance.\n"
                       "Canteen reports (PDF, no window): linli-kiosk report --help"));
    const QCommandLineOption help(QStringList{ QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Show this help and exit."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Directory of the kiosk's state (database). Default: "
                       "/var/lib/linli when installed, else the XDG data directory."),
        QStringLiteral("DIR"));
    const QCommandLineOption config(QStringLiteral("config"),
        QStringLiteral("Configuration file (INI, see deploy/linli.example.ini). "
                       "Default: /etc/linli/kiosk.ini if present."),
        QStringLiteral("FILE"));
    const QCommandLineOption windowed(
        QStringLiteral("windowed"), QStringLiteral("Run in a window, not fullscreen."));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("Start language: zh or en."), QStringLiteral("zh|en"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
        QStringLiteral("Load the QML and the database, then exit 0, or 1 with the reason."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Render --route at 1080x1920, save it as a PNG and exit."), QStringLiteral("FILE"));
    const QCommandLineOption route(QStringLiteral("route"),
        QStringLiteral("Screen to open first (default: home)."), QStringLiteral("NAME"));
    const QCommandLineOption size(
        QStringLiteral("size"), QStringLiteral("Window size, e.g. 1080x1920."), QStringLiteral("WxH"));
    const QCommandLineOption firstFrame(QStringLiteral("exit-after-first-frame"),
        QStringLiteral("Print 'first-frame' once the first screen is shown, then exit "
                       "(start-up benchmark)."));
    const QCommandLineOption now(QStringLiteral("now"),
        QStringLiteral("Pretend the time is this UTC instant (reproducible screenshots)."),
        QStringLiteral("ISO-8601"));
    // A test aid only (screenshots and e2e of signed-in screens); no effect without it.
    const QCommandLineOption demoResident(QStringLiteral("demo-resident"),
        QStringLiteral("TEST AID: start with a session for this resident card "
                       "number, as if it had been tapped on the reader."),
        QStringLiteral("CARD"));
    parser.addOptions({ help, dataDir, config, windowed, lang, selfTest, screenshot, route, size, firstFrame,
        now, demoResident });

    ParsedCommandLine result;
    if (!parser.parse(arguments)) {
        result.exitCode = 2;
        result.message = parser.errorText() + QStringLiteral("\n\n") + parser.helpText();
        return result;
    }
    if (parser.isSet(help)) {
        result.message = parser.helpText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.exitCode = 2;
        result.message = QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return result;
    }
    CommandLine options;
    options.dataDir = parser.value(dataDir);
    options.configFile = parser.value(config);
    options.windowed = parser.isSet(windowed);
    if (parser.isSet(lang)) {
        const QString value = parser.value(lang);
        if (value != u"zh" && value != u"en") {
            result.exitCode = 2;
            result.message = QStringLiteral("--lang must be zh or en, not \"%1\"").arg(value);
            return result;
        }
        options.language = value;
    }
    options.selfTest = parser.isSet(selfTest);
    options.screenshotFile = parser.value(screenshot);
    if (parser.isSet(route))
        options.route = parser.value(route);
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const auto match = pattern.match(parser.value(size));
        if (!match.hasMatch()) {
            result.exitCode = 2;
            result.message
                = QStringLiteral("--size must look like 1080x1920, not \"%1\"").arg(parser.value(size));
            return result;
        }
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    options.exitAfterFirstFrame = parser.isSet(firstFrame);
    if (parser.isSet(now)) {
        const QDateTime t = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!t.isValid()) {
            result.exitCode = 2;
            result.message
                = QStringLiteral("--now must be an ISO-8601 instant, not \"%1\"").arg(parser.value(now));
            return result;
        }
        options.nowOverride = parser.value(now);
    }
    options.demoResidentCard = parser.value(demoResident);
    result.options = options;
    return result;
}
