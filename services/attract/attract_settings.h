#pragma once

#include "core/localized_text.h"

#include <QString>
#include <QTime>
#include <vector>

namespace linli::attract {

// The [attract] section of the kiosk's INI file (deploy/linli.example.ini documents each key).
struct AttractSettings {
    int afterSecs = 90; // [30, 3600]: the home screen untouched this long plays the loop
    QString playlist = QStringLiteral("attract.json"); // relative to the content folder
    int volume = 60; // [0, 100] percent; 0 is silent
    QTime quietFrom{ 21, 0 }; // no sounds from here...
    QTime quietTo{ 7, 0 }; // ...to here (hall time); equal: never quiet
};

struct AttractSettingsResult {
    AttractSettings settings;
    std::vector<LocalizedText> problems; // each bad value is replaced by its default
};

// Reads [attract] from the INI file, the Settings screen's override file winning over it
// (config/layered_ini.h); a missing file or section gives the defaults.
AttractSettingsResult loadAttractSettings(const QString &iniPath, const QString &overridePath = {});

} // namespace linli::attract
