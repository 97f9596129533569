#pragma once

#include "core/localized_text.h"
#include "residents/pin_hash.h"

#include <QDateTime>
#include <QString>

namespace linli::central {

class CentralStore;

struct ImportReport {
    QString hallId;
    int added = 0, changed = 0, removed = 0, unchanged = 0;
};

// Bad content: the whole import is refused; the words name the file, the record and the field.
class ImportRefused : public std::runtime_error {
public:
    explicit ImportRefused(LocalizedText words)
        : std::runtime_error(words.en.toStdString())
        , m_words(std::move(words))
    {
    }
    const LocalizedText &words() const { return m_words; }

private:
    LocalizedText m_words;
};

// Validates every file of `dir` (the JSON of deploy/demo) exactly as a kiosk loads it, then, in
// one transaction, logs a change for each record that is new or differs and a tombstone for
// each record gone from the folder; unchanged records get no change. Activity capacities become
// the quotas of their seats. A resident's or staff member's "pin" is stored and sent only as "pin_hash"
// (Argon2id at `pinCost`, the kiosk's format); a PIN that still verifies keeps its stored hash. Throws
// ImportRefused (nothing changed) or storage errors.
ImportReport importCatalog(CentralStore &store, const QString &dir, const QDateTime &nowUtc,
    residents::PinCost pinCost = residents::PinCost::Interactive);

} // namespace linli::central
