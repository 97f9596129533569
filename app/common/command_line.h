#pragma once

#include <optional>
#include <QSize>
#include <QString>
#include <QStringList>

// What linli-kiosk was asked to do on its command line.
struct CommandLine {
    QString dataDir;
    QString configFile;
    bool windowed = false;
    std::optional<QString> language; // "zh" or "en"
    bool selfTest = false;
    QString screenshotFile;
    QString route = QStringLiteral("home");
    QSize size; // empty: 1080x1920 for screenshots, the screen otherwise
    bool exitAfterFirstFrame = false;
    QString nowOverride; // ISO-8601 UTC instant, for reproducible screenshots
    QString demoResidentCard; // test aid: start signed in as this card's resident
};

struct ParsedCommandLine {
    std::optional<CommandLine> options; // nullopt: exit with exitCode after printing message
    int exitCode = 0;
    QString message;
};

ParsedCommandLine parseCommandLine(const QStringList &arguments);
