#include "wire.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace linli::wire {

namespace {

QByteArray hmacHex(QByteArrayView secret, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, secret.toByteArray(), QCryptographicHash::Sha256)
        .toHex();
}

QByteArray bodyHash(QByteArrayView body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray requestSignature(QByteArrayView secret, QByteArrayView method, QByteArrayView path, qint64 timeMs,
    QByteArrayView nonce, QByteArrayView body)
{
    QByteArray message = "LINLI1\n";
    message += method.toByteArray() + '\n' + path.toByteArray() + '\n' + QByteArray::number(timeMs) + '\n'
        + nonce.toByteArray() + '\n' + bodyHash(body);
    return hmacHex(secret, message);
}

QByteArray responseSignature(
    QByteArrayView secret, int httpStatus, QByteArrayView requestNonce, qint64 timeMs, QByteArrayView body)
{
    QByteArray message = "LINLI1-RESPONSE\n";
    message += QByteArray::number(httpStatus) + '\n' + requestNonce.toByteArray() + '\n'
        + QByteArray::number(timeMs) + '\n' + bodyHash(body);
    return hmacHex(secret, message);
}

bool sameSignature(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray newNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

bool isWellFormedNonce(QByteArrayView nonce)
{
    if (nonce.size() != 32)
        return false;
    for (char c : nonce) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace linli::wire
