#include "tickets/signing_key.h"

#include "tickets/ticket_types.h"

#include <sodium.h>
#include <stdexcept>

namespace linli::tickets {

namespace {

const unsigned char *data(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

void requireSodium()
{
    if (!sodiumReady())
        throw std::runtime_error("libsodium cannot start");
}

} // namespace

SigningKey SigningKey::fromSeed(const QByteArray &seed)
{
    requireSodium();
    if (seed.size() != kSeedBytes)
        throw std::invalid_argument("an Ed25519 seed has 32 bytes");
    SigningKey key;
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_seed_keypair(pk, key.m_secret.data(), data(seed));
    key.m_publicKey = QByteArray(reinterpret_cast<const char *>(pk), sizeof pk);
    key.m_keyId = keyIdOf(key.m_publicKey);
    // "LLholder": libsodium's KDF context is exactly 8 characters.
    crypto_kdf_derive_from_key(key.m_holderKey.data(), key.m_holderKey.size(), 1, "LLholder", data(seed));
    return key;
}

SigningKey SigningKey::generate()
{
    requireSodium();
    QByteArray seed(kSeedBytes, '\0');
    randombytes_buf(seed.data(), static_cast<std::size_t>(seed.size()));
    SigningKey key = fromSeed(seed);
    sodium_memzero(seed.data(), static_cast<std::size_t>(seed.size()));
    return key;
}

SigningKey::SigningKey(SigningKey &&other) noexcept
    : m_secret(other.m_secret)
    , m_holderKey(other.m_holderKey)
    , m_publicKey(std::move(other.m_publicKey))
    , m_keyId(other.m_keyId)
{
    other.wipe();
}

SigningKey &SigningKey::operator=(SigningKey &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_secret = other.m_secret;
        m_holderKey = other.m_holderKey;
        m_publicKey = std::move(other.m_publicKey);
        m_keyId = other.m_keyId;
        other.wipe();
    }
    return *this;
}

SigningKey::~SigningKey()
{
    wipe();
}

void SigningKey::wipe() noexcept
{
    sodium_memzero(m_secret.data(), m_secret.size());
    sodium_memzero(m_holderKey.data(), m_holderKey.size());
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, data(message),
        static_cast<unsigned long long>(message.size()), m_secret.data());
    return signature;
}

QByteArray SigningKey::holderId(const QString &residentId) const
{
    const QByteArray id = residentId.toUtf8();
    QByteArray out(kHolderBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), static_cast<std::size_t>(out.size()),
        data(id), static_cast<unsigned long long>(id.size()), m_holderKey.data(), m_holderKey.size());
    return out;
}

QByteArray SigningKey::seed() const
{
    QByteArray seed(kSeedBytes, '\0');
    crypto_sign_ed25519_sk_to_seed(reinterpret_cast<unsigned char *>(seed.data()), m_secret.data());
    return seed;
}

quint32 keyIdOf(const QByteArray &publicKey)
{
    sodiumReady();
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(
        hash, sizeof hash, data(publicKey), static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return (quint32(hash[0]) << 24) | (quint32(hash[1]) << 16) | (quint32(hash[2]) << 8) | quint32(hash[3]);
}

bool verifySignature(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(data(signature), data(message),
               static_cast<unsigned long long>(message.size()), data(publicKey))
        == 0;
}

} // namespace linli::tickets
