#pragma once

#include "core/localized_text.h"

#include <QString>
#include <QStringList>

namespace linli::care {

// The [care] section of the kiosk's INI file (deploy/linli.example.ini documents each key).
struct CareSettings {
    int nightlyHour = 3; // [0, 23], hall time: when the nightly jobs run
    int backupKeepDays = 7; // [1, 90]
    int retentionDays = 90; // [30, 3650]: finished bookings and orders keep their resident this long
    QString logDir; // empty: no log files to rotate (journald keeps the log)
    int logKeepDays = 14; // [1, 365]
    bool lockdown = true; // swallow window-closing keys, hide the pointer on touch screens
    QString sceneGraph = QStringLiteral("auto"); // auto | software | opengl
    int crashLimit = 5; // this many crashes...
    int crashWindowSecs = 600; // ...within this window give the out-of-service screen
};

struct CareSettingsResult {
    CareSettings settings;
    std::vector<LocalizedText> problems; // each bad value is replaced by its default
};

// Reads [care] from the INI file; a missing file or section gives the defaults.
CareSettingsResult loadCareSettings(const QString &iniPath);

} // namespace linli::care
