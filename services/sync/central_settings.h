#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace linli::sync {

// The central's `config` record for the hall: sections of settings, as in the kiosk's INI
// ({"kiosk": {"idle_timeout_secs": 120}, "attract": {"quiet_from": "21:30"}}). The settable ones
// (config::centrallySettableKeys) are written atomically to central-settings.ini in the kiosk's
// data directory, which the kiosk reads at its next start between /etc/linli and the settings
// staff changed here. What a kiosk may not take from its hall (its server, role, data
// directory) and anything unknown is left out and named in the result.
struct CentralSettingsWritten {
    QStringList taken; // "kiosk/idle_timeout_secs"
    QStringList ignored;
};

// Throws BadResponse when the file cannot be written (the sync then keeps its cursor and
// tries again); `record` must be a JSON object.
CentralSettingsWritten writeCentralSettings(const QString &dataDir, const QJsonObject &record);
// A tombstone: the hall's settings are gone, /etc and the local override rule again.
void removeCentralSettings(const QString &dataDir);

} // namespace linli::sync
