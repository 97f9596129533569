#pragma once

#include "core/localized_text.h"
#include "printing/printer_settings.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace linli::config {

// Everything a kiosk reads from its configuration file (INI). Every key, its default and
// its range are documented in deploy/linli.example.ini.
// What a kiosk is for: residents' self-service, or checking tickets in at a door or counter.
enum class KioskRole { Resident, CheckIn };

struct KioskConfig {
    QString kioskId = QStringLiteral("demo-kiosk-01");
    Language startLanguage = Language::Chinese;
    int idleTimeoutSecs = 90; // [30, 600]
    bool elderMode = false;
    bool fullscreen = true;
    QString dataDir; // empty: the platform default
    QString contentDir; // empty: the bundled demo hall
    int busyTimeoutMs = 5000; // [100, 60000]
    QString syncServerUrl; // empty: offline
    QString syncServerCa; // PEM of the server's certificate or private CA (https)
    int syncIntervalSecs = 60; // [30, 86400]
    int syncBackoffCapSecs = 300; // [10, 3600]: the longest wait between retries while the server is away
    printing::PrinterSettings printer; // [printer]: none unless configured
    KioskRole role = KioskRole::Resident;
    QString checkInPlace; // [checkin] place: the room or canteen id this door checks in for
    QString file; // the INI file read (empty: none); other sections ([care], [attract]) read it too
    QString overrideFile; // the Settings screen's override read over it (empty: none)
    QString enrolCode; // [sync] enrol_code: a one-time code staff entered, kept for the enrolment
};

struct ConfigProblem {
    QString key; // "kiosk/idle_timeout_secs"
    LocalizedText message; // what is wrong and what was done about it
    bool fatal = false; // no safe default: the kiosk must not start
};

struct ConfigResult {
    KioskConfig config;
    std::vector<ConfigProblem> problems;
    bool canStart() const;
    QStringList describe(Language language) const;
};

// Reads and validates the file and, over it, the override file (config/layered_ini.h); a missing
// file gives the defaults (and no problem), an unreadable or malformed base file is a fatal
// problem, an unreadable override is reported and left out.
ConfigResult loadKioskConfig(const QString &path, const QString &overridePath = {});

// Where the Settings screen keeps its override: <data dir>/kiosk-settings.ini.
QString overrideFileIn(const QString &dataDir);

} // namespace linli::config
