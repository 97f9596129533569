#pragma once

#include "core/localized_text.h"
#include "core/outcome.h"
#include "residents/pin_lockout.h"

#include <QString>
#include <QTimeZone>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::residents {

// Who is at the kiosk: only what the screen may show.
struct Identity {
    QString residentId;
    QString maskedName; // 张*明, E*** W*****
};

// The reason, when refused, never says whether a number or card exists.
using IdentifyResult = Result<Identity>;

// Wrong PINs lock the phone number typed (residents/pin_lockout.h: 15 minutes after the 5th,
// each later round twice as long, capped at 2^10 rounds' worth, ~10.7 days), known or not, so
// that a lock says nothing about whether the number exists. A card still works.

QString maskName(const QString &name);
QString normalizePhone(const QString &typed); // digits only

// Card from the reader (or typed at the desk). Unknown and malformed cards get a reason.
// Never throws: a storage failure is a refusal too.
IdentifyResult identifyByCard(storage::Database &db, const QString &card);
// Phone number + 6-digit PIN. Slow by design (Argon2id): call it off the GUI thread, with a
// connection of that thread. hallZone is the hall's time zone (information::loadHall(db)->
// timeZone), in which a lock's end is told ("try again after 15:30"). Never throws.
IdentifyResult identifyByPin(storage::Database &db, const Clock &clock, const QTimeZone &hallZone,
    const QString &phone, const QString &pin);
// Seconds until a phone number may try a PIN again, 0 when it may now. Throws
// storage::StorageError.
qint64 pinLockRemaining(storage::Database &db, const Clock &clock, const QString &phone);

} // namespace linli::residents
