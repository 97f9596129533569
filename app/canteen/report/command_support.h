#pragma once

#include "core/localized_text.h"
#include "storage/database.h"

#include <cstdio>
#include <optional>
#include <QString>

// What the canteen's commands (linli-kiosk report …, demo-order …) share: messages in both
// languages, and the kiosk's database opened as it stands: never created, migrated or filled
// with content here, so a mistyped --data-dir cannot leave a new empty database behind.

// Both languages of a message whose English source is marked with
// QT_TRANSLATE_NOOP("CanteenCommand", …): Chinese from the kiosk's translation.
linli::LocalizedText bothLanguages(const char *source);
linli::LocalizedText arg(linli::LocalizedText text, const QString &value);
// Chinese, then English, one per line.
void print(std::FILE *to, const linli::LocalizedText &text);

struct CommandDatabase {
    std::optional<linli::storage::Database> db;
    linli::LocalizedText problem; // why there is none
};

// <data dir>/linli.sqlite, where the data dir is `dataDirOption`, else the configuration's
// (`configOption` or the default file), else the kiosk's default; checked (quick_check) and at
// the schema this program writes.
CommandDatabase openKioskDatabaseAsItIs(
    const QString &dataDirOption, const QString &configOption, bool readOnly);
