#pragma once

#include <QByteArray>
#include <QString>

namespace linli::central {

// Every refusal of a request, with the HTTP status, the contract's code and the words in both
// languages (proto/README.md lists the codes).
enum class Refusal {
    BadRequest,
    UnsupportedVersion,
    Unsigned,
    BadSignature,
    Stale,
    Replayed,
    TooLarge,
    UnknownKiosk,
    Revoked,
    BadCode,
    Internal,
};

int httpStatusOf(Refusal refusal);
QByteArray codeOf(Refusal refusal);

// A serialized ErrorResponse; `detail` (English, may be empty) is appended to both messages.
QByteArray errorBody(Refusal refusal, qint64 serverTimeMs, const QString &detail = {});

} // namespace linli::central
