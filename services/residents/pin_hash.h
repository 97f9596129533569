#pragma once

#include <QByteArray>
#include <QString>

namespace linli::residents {

// Argon2id cost. Interactive (libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE: 2 passes, 64 MiB)
// is what the kiosk stores; a verify takes ~0.1-0.3 s on the 2-core reference box and runs
// off the GUI thread. Tests pass Cheap, which is only ever used for throwaway databases.
enum class PinCost { Interactive, Cheap };

// An encoded Argon2id string ($argon2id$v=19$m=...), salted. Empty on failure (out of memory).
QString hashPin(const QString &pin, PinCost cost = PinCost::Interactive);
// Constant-time check of pin against an encoded hash; false for an empty or broken hash.
bool verifyPin(const QString &pin, const QString &encodedHash);

} // namespace linli::residents
