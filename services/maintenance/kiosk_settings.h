#pragma once

#include "core/localized_text.h"

#include <optional>
#include <QJsonObject>
#include <QString>
#include <QTime>

namespace linli::maintenance {

// What an administrator changes on the Settings screen, as the kiosk reads it: the INI in
// /etc/linli with the override file in the state directory over it (config/layered_ini.h).
struct KioskSettings {
    QString serverUrl; // [sync] server_url; empty: offline
    QString enrolCode; // [sync] enrol_code: kept for the enrolment with serverUrl
    int syncIntervalSecs = 60; // [30, 86400]
    int idleTimeoutSecs = 90; // [30, 600]
    int volume = 60; // [0, 100]
    QTime quietFrom{ 21, 0 }, quietTo{ 7, 0 };
    QString language = QStringLiteral("zh"); // zh | en
    bool elderMode = false;
    QString role = QStringLiteral("resident"); // resident | checkin
    QString checkInPlace; // with checkin: the room's or canteen's id
    QString playlist = QStringLiteral("attract.json"); // the attract loop's, in the content folder
    bool operator==(const KioskSettings &) const = default;
};

// Through the kiosk's own readers (loadKioskConfig, loadAttractSettings): what it would run with.
KioskSettings readKioskSettings(const QString &baseFile, const QString &overrideFile);

// The first value the kiosk would not take, with why (and what is expected), or none.
std::optional<LocalizedText> settingsProblem(const KioskSettings &settings, const QString &serverCaFile);

// The override's INI text: only the values that differ from `base` (the /etc file's alone).
QByteArray overrideText(const KioskSettings &wanted, const KioskSettings &base);

// Writes it all or not at all (QSaveFile: a failed write leaves the old file).
std::optional<LocalizedText> writeOverrideFile(const QString &file, const QByteArray &text);

// For the audit row; the enrolment code is a secret and only its presence is recorded.
QJsonObject settingsJson(const KioskSettings &settings);

} // namespace linli::maintenance
