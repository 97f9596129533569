#pragma once

#include <array>
#include <QByteArray>
#include <QString>

namespace linli::tickets {

inline constexpr int kSeedBytes = 32; // an Ed25519 key pair grows from a 32-byte seed
inline constexpr int kPublicKeyBytes = 32;

// A kiosk's Ed25519 key pair (libsodium). The secret half stays in this object and in the key
// file (key_file.h); it is wiped when the object goes. Move-only.
class SigningKey {
public:
    // The key pair of a seed (the key file holds the seed): the same seed, the same keys.
    static SigningKey fromSeed(const QByteArray &seed);
    static SigningKey generate();

    SigningKey(SigningKey &&other) noexcept;
    SigningKey &operator=(SigningKey &&other) noexcept;
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;
    ~SigningKey();

    const QByteArray &publicKey() const { return m_publicKey; }
    quint32 keyId() const { return m_keyId; }
    // The 64-byte detached signature of `message`.
    QByteArray sign(const QByteArray &message) const;
    // The 8-byte pseudonym a ticket names its holder by: a keyed BLAKE2b of the resident's id,
    // under a key derived from this kiosk's secret. The same resident gets the same pseudonym
    // from this kiosk; nobody without the secret can tell whose it is.
    QByteArray holderId(const QString &residentId) const;
    // The seed, for writing the key file only.
    QByteArray seed() const;

private:
    SigningKey() = default;
    void wipe() noexcept;

    std::array<unsigned char, 64> m_secret{}; // libsodium's secret key: seed + public key
    std::array<unsigned char, 32> m_holderKey{};
    QByteArray m_publicKey;
    quint32 m_keyId = 0;
};

// The id a ticket names its signing key by: the first four bytes, big-endian, of
// BLAKE2b-256(public key).
quint32 keyIdOf(const QByteArray &publicKey);
// True only for a 64-byte Ed25519 signature of `message` by `publicKey`.
bool verifySignature(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

} // namespace linli::tickets
