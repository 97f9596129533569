// linli-kiosk: builds the services, wires them to the QML window, and runs.
#include "capabilities.h"
#include "command_line.h"
#include "config/kiosk_config.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/scheduler.h"
#include "enrol_command.h"
#include "hall_clock.h"
#include "kiosk.h"
#include "kiosk_care.h"
#include "kiosk_paths.h"
#include "language_controller.h"
#include "notice_list_model.h"
#include "resident_session.h"
#include "screen_capture.h"
#include "startup/kiosk_database.h"
#include "storage/wal_checkpointer.h"
#include "sync/sync_state.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <QFont>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QScreen>
#include <QStyleHints>

Q_IMPORT_QML_PLUGIN(Linli_BackendPlugin)
Q_IMPORT_QML_PLUGIN(LinliPlugin)

Q_LOGGING_CATEGORY(lcApp, "linli.app", QtInfoMsg)

namespace {

std::unique_ptr<linli::Clock> makeClock(const CommandLine &options)
{
    if (options.nowOverride.isEmpty())
        return std::make_unique<linli::SystemClock>();
    return std::make_unique<linli::ManualClock>(QDateTime::fromString(options.nowOverride, Qt::ISODate));
}

bool headlessPlatform()
{
    const QString platform = QGuiApplication::platformName();
    return platform == u"offscreen" || platform == u"vnc" || platform == u"minimal";
}

void sizeWindow(QQuickWindow *window, const CommandLine &options, bool fullscreen)
{
    if (!options.size.isEmpty()) {
        window->resize(options.size);
    } else if (!options.screenshotFile.isEmpty() || options.exitAfterFirstFrame || headlessPlatform()) {
        window->resize(1080, 1920);
    } else if (!fullscreen && window->screen()) {
        // A portrait kiosk screen on a developer's landscape monitor: keep the shape, fit the height.
        const QRect available = window->screen()->availableGeometry();
        const int height = std::min(1920, available.height() - 40);
        window->resize(height * 9 / 16, height);
    }
    if (fullscreen)
        window->showFullScreen();
    else
        window->show();
}

} // namespace

int main(int argc, char *argv[])
{
    linli::installLogMessagePattern();
    if (const std::optional<int> exitCode = runCapabilityCommand(argc, argv)) // linli-kiosk report …
        return *exitCode;
    if (const std::optional<int> exitCode = runEnrolCommand(argc, argv)) // linli-kiosk --enroll URL CODE
        return *exitCode;
    // The on-screen keyboard is an input method, chosen before the application exists.
    // Debian 12 ships no pinyin plugin for Qt Virtual Keyboard, so residents get the Latin layout
    // and the catalog's pinyin index turns letters into Chinese results. Offscreen runs (tests,
    // screenshots) load it too; a deployment may override it with its own QT_IM_MODULE.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("linli-kiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(LINLI_VERSION));
    // One CJK font for everything, so Chinese punctuation and Latin text match the characters.
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));

    const ParsedCommandLine parsed = parseCommandLine(app.arguments());
    if (!parsed.options) {
        std::fputs(qPrintable(parsed.message + u'\n'), parsed.exitCode == 0 ? stdout : stderr);
        return parsed.exitCode;
    }
    const CommandLine &options = *parsed.options;
    if (headlessPlatform())
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    const QString configFile = options.configFile.isEmpty() ? defaultConfigFile() : options.configFile;
    // The data directory comes from /etc alone; the Settings screen's override in it wins over the rest.
    const auto baseConfig = linli::config::loadKioskConfig(configFile);
    const QString dataDir = !options.dataDir.isEmpty() ? options.dataDir
        : !baseConfig.config.dataDir.isEmpty()         ? baseConfig.config.dataDir
                                                       : defaultDataDir();
    const auto configResult
        = linli::config::loadKioskConfig(configFile, linli::config::overrideFileIn(dataDir));
    const linli::config::KioskConfig &config = configResult.config;
    const auto clock = makeClock(options);
    // Staying alive (app/care): scene graph, lockdown, restore, crash loop, nightly, watchdog.
    KioskCare care(options.configFile.isEmpty() ? defaultConfigFile() : options.configFile);

    linli::startup::KioskDatabase kioskDb;
    QString contentDir;
    if (configResult.canStart()) {
        linli::startup::DatabaseSetup setup;
        setup.dataDir = dataDir;
        setup.contentDir = contentDir = config.contentDir.isEmpty() ? defaultContentDir() : config.contentDir;
        setup.busyTimeoutMs = config.busyTimeoutMs;
        setup.kioskId = config.kioskId;
        qCInfo(lcApp).noquote() << "data directory" << setup.dataDir << "content" << setup.contentDir;
        kioskDb = care.openDatabase(setup, clock->nowUtc());
    } else {
        kioskDb.outOfServiceReason = { configResult.describe(linli::Language::Chinese).join(u'\n'),
            configResult.describe(linli::Language::English).join(u'\n') };
    }
    linli::storage::Database *db = kioskDb.database ? &*kioskDb.database : nullptr;
    // Checkpoints happen between residents, not inside their bookings' commits.
    std::optional<linli::storage::WalCheckpointer> checkpointer;
    if (db)
        checkpointer.emplace(*db);

    LanguageController language;
    const bool english
        = options.language ? *options.language == u"en" : config.startLanguage == linli::Language::English;
    language.setLanguage(english ? linli::Language::English : linli::Language::Chinese);
    language.setHomeLanguage(language.language());

    Kiosk::Parts parts;
    parts.hall = db ? linli::information::loadHall(*db) : std::nullopt;
    // The hall's zone from its content; without content (out of service) the screen still
    // shows a clock, in the zone the demo hall and every seed hall use.
    const QTimeZone zone = parts.hall ? parts.hall->timeZone : QTimeZone("Asia/Shanghai");
    linli::Scheduler scheduler(*clock);
    ResidentSession session(db, *clock, zone, language, config.idleTimeoutSecs);
    parts.language = &language;
    parts.session = &session;
    parts.clock = new HallClock(*clock, zone, language, &app);
    parts.urgentNotices
        = new NoticeListModel(db, *clock, language, linli::information::NoticePriority::Urgent, &app);
    parts.urgentNotices->setTimeZone(zone);
    parts.outOfServiceReason = kioskDb.outOfServiceReason;
    if (db && parts.outOfServiceReason.isEmpty())
        parts.outOfServiceReason = linli::sync::revokedReason(*db); // the central server revoked it
    // A door kiosk starts (and, after idle, returns) to check-in unless told another route.
    const bool checkInRole = config.role == linli::config::KioskRole::CheckIn;
    parts.initialRoute = checkInRole && options.route == u"home" ? QStringLiteral("checkin") : options.route;
    parts.elderMode = config.elderMode;
    parts.doorKiosk = checkInRole;
    session.setCardsAccepted(!checkInRole);
    Kiosk kiosk(std::move(parts));
    addCapabilities(kiosk,
        KioskContext{ db, clock.get(), zone, &language, &session, &scheduler, contentDir,
            kioskDb.ticketKey ? &*kioskDb.ticketKey : nullptr, config.kioskId, config.checkInPlace,
            config.printer, dataDir, &config });
    care.start(kiosk, db, *clock, zone, scheduler);
    scheduler.start();
    if (!options.demoResidentCard.isEmpty()) // test aid: screenshots of signed-in screens
        session.identifyCard(options.demoResidentCard);

    QQmlApplicationEngine engine;
    QStringList qmlWarnings;
    QObject::connect(
        &engine, &QQmlEngine::warnings, &engine, [&qmlWarnings](const QList<QQmlError> &warnings) {
            for (const QQmlError &warning : warnings)
                qmlWarnings << warning.toString();
        });
    language.attach(&engine);
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({ { QStringLiteral("kiosk"), QVariant::fromValue(&kiosk) } });
    engine.load(QUrl(QStringLiteral("qrc:/Linli/common/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        std::fputs("linli-kiosk: the user interface (QML) failed to load\n", stderr);
        return 1;
    }
    if (options.selfTest) {
        if (!qmlWarnings.isEmpty()) {
            std::fprintf(stderr, "linli-kiosk self-test: the QML reported problems:\n%s\n",
                qPrintable(qmlWarnings.join(u'\n')));
            return 1;
        }
        if (kiosk.outOfService()) {
            std::fprintf(stderr, "linli-kiosk self-test: out of service: %s\n",
                qPrintable(kiosk.outOfServiceReasonEn()));
            return 1;
        }
        std::fprintf(stdout, "linli-kiosk self-test: OK (%s)\n", qPrintable(kiosk.hallName()));
        return 0;
    }

    std::unique_ptr<ScreenCapture> capture;
    if (!options.screenshotFile.isEmpty() || options.exitAfterFirstFrame) {
        // A text cursor that blinks would be in one screenshot of a screen and not the next.
        QGuiApplication::styleHints()->setCursorFlashTime(0);
        capture = std::make_unique<ScreenCapture>(window,
            options.exitAfterFirstFrame ? ScreenCapture::Mode::AnnounceFirstFrame
                                        : ScreenCapture::Mode::SavePng,
            options.screenshotFile);
        QObject::connect(&kiosk, &Kiosk::screenReady, capture.get(), &ScreenCapture::onScreenReady);
    }
    sizeWindow(window, options, config.fullscreen && !options.windowed && !capture && !headlessPlatform());
    return QGuiApplication::exec();
}
