#pragma once

#include "core/outcome.h"

#include <functional>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::maintenance {

// Masks personal data in text bound for the supplier: every resident's and staff member's
// name, card and phone number the database holds, and anything shaped like a mobile or
// landline number, an ID card number or a long card number.
class PersonalDataScrubber {
public:
    explicit PersonalDataScrubber(storage::Database *db);
    QString scrub(QString text) const;

private:
    QStringList m_literals; // longest first, so a name inside a longer one goes whole
};

struct DiagnosticsInput {
    storage::Database *db = nullptr; // the status, and the personal data to mask
    QString dataDir; // care/status.json; its keys and secrets are never copied
    QString configFile; // the kiosk's INI: keys that name a secret are masked
    // What is read over it, masked alike: the Settings screen's override, and the central's
    // central-settings.ini beside it (empty: none).
    QString overrideFile;
    QString logDir; // [care] log_dir: its newest log files (empty: none)
    std::function<QString()> journal; // recent journal lines, when the kiosk may read them
    QString version;
};

// Writes <targetDir>/linli-diagnostics-YYYYMMDDTHHMMSSZ/ (README, status, care status,
// configuration, outbox and audit summaries, recent logs), every file scrubbed; the folder
// appears whole or not at all. The value is its path. Never throws.
Result<QString> writeDiagnosticsBundle(
    const DiagnosticsInput &in, const QString &targetDir, const QDateTime &nowUtc);

// Where a bundle may go: mounted removable media (under /media and /run/media) first, then the
// kiosk's own export folder <dataDir>/exports.
struct ExportTarget {
    QString path;
    QString label; // the volume's name, or empty for the kiosk's own folder
    bool removable = false;
};
std::vector<ExportTarget> exportTargets(const QString &dataDir);

} // namespace linli::maintenance
