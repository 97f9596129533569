#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

// The parts of the sync contract (proto/README.md) that both ends compute the same way: limits,
// header names and the HMAC-SHA256 signatures of requests and responses.
namespace linli::wire {

inline constexpr quint32 kSchemaVersion = 1;
inline constexpr qsizetype kMaxRequestBytes = 4 * 1024 * 1024;
inline constexpr qsizetype kMaxResponseBytes = 8 * 1024 * 1024;
inline constexpr int kMaxEventsPerRequest = 500;
inline constexpr int kMaxChangesPerResponse = 1000;
inline constexpr qint64 kAllowedSkewMs = 5 * 60 * 1000;
inline constexpr qint64 kNonceMemoryMs = 10 * 60 * 1000;
inline constexpr int kSecretBytes = 32;

inline constexpr char kContentType[] = "application/x-protobuf";
inline constexpr char kKioskHeader[] = "X-Linli-Kiosk";
inline constexpr char kTimeHeader[] = "X-Linli-Time";
inline constexpr char kNonceHeader[] = "X-Linli-Nonce";
inline constexpr char kSignatureHeader[] = "X-Linli-Signature";

// Lower-case hex of HMAC-SHA256(secret, "LINLI1\n" method "\n" path "\n" time "\n" nonce "\n"
// hex(SHA-256(body))).
QByteArray requestSignature(QByteArrayView secret, QByteArrayView method, QByteArrayView path, qint64 timeMs,
    QByteArrayView nonce, QByteArrayView body);

// Lower-case hex of HMAC-SHA256(secret, "LINLI1-RESPONSE\n" status "\n" requestNonce "\n" time
// "\n" hex(SHA-256(body))): a response is bound to the request it answers.
QByteArray responseSignature(
    QByteArrayView secret, int httpStatus, QByteArrayView requestNonce, qint64 timeMs, QByteArrayView body);

// Compares two signatures in time that does not depend on where they differ.
bool sameSignature(QByteArrayView a, QByteArrayView b);

// 32 random hex characters (16 bytes from the system's CSPRNG).
QByteArray newNonce();

// A nonce as the contract allows it: exactly 32 lower-case hex characters.
bool isWellFormedNonce(QByteArrayView nonce);

} // namespace linli::wire
