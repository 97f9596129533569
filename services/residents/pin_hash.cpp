#include "residents/pin_hash.h"

#include <sodium.h>

namespace linli::residents {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString hashPin(const QString &pin, PinCost cost)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool cheap = cost == PinCost::Cheap;
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            cheap ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
            cheap ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPin(const QString &pin, const QString &encodedHash)
{
    if (!sodiumReady() || encodedHash.isEmpty())
        return false;
    const QByteArray utf8 = pin.toUtf8();
    const QByteArray hash = encodedHash.toLatin1();
    return crypto_pwhash_str_verify(
               hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

} // namespace linli::residents
