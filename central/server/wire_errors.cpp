#include "server/wire_errors.h"

#include "core/localized_text.h"
#include "linli/v1/sync.pb.h"
#include "wire/wire.h"

namespace linli::central {

namespace {

LocalizedText wordsOf(Refusal r)
{
    switch (r) {
    case Refusal::BadRequest:
        return { QStringLiteral("请求无法解析或内容有误。"),
            QStringLiteral("The request cannot be read or holds a wrong value.") };
    case Refusal::UnsupportedVersion:
        return { QStringLiteral("请求的协议版本不受支持，请升级终端软件。"),
            QStringLiteral("The request's schema version is not supported; update the kiosk software.") };
    case Refusal::Unsigned:
        return { QStringLiteral("请求缺少签名信息。"), QStringLiteral("The request is not signed.") };
    case Refusal::BadSignature:
        return { QStringLiteral("请求签名不正确。"), QStringLiteral("The request's signature is wrong.") };
    case Refusal::Stale:
        return { QStringLiteral("终端时钟与服务器相差超过5分钟，请校准时间后重试。"),
            QStringLiteral(
                "The kiosk's clock is more than 5 minutes off the server's; correct it and retry.") };
    case Refusal::Replayed:
        return { QStringLiteral("该请求已经收到过，不再处理。"),
            QStringLiteral("This request was received before and is refused.") };
    case Refusal::TooLarge:
        return { QStringLiteral("请求内容超过4 MiB上限。"),
            QStringLiteral("The request is larger than the 4 MiB limit.") };
    case Refusal::UnknownKiosk:
        return { QStringLiteral("服务器不认识这台终端，请重新登记。"),
            QStringLiteral("The server does not know this kiosk; enrol it again.") };
    case Refusal::Revoked:
        return { QStringLiteral("这台终端已被停用，居民资料将被清除。"),
            QStringLiteral("This kiosk has been revoked; its residents' data is wiped.") };
    case Refusal::BadCode:
        return { QStringLiteral("登记码无效、已使用或已过期。"),
            QStringLiteral("The enrolment code is wrong, used or expired.") };
    case Refusal::Internal:
        break;
    }
    return { QStringLiteral("服务器内部错误，请稍后重试。"),
        QStringLiteral("The server had an internal error; try again later.") };
}

} // namespace

int httpStatusOf(Refusal r)
{
    switch (r) {
    case Refusal::BadRequest:
    case Refusal::UnsupportedVersion:
        return 400;
    case Refusal::Unsigned:
    case Refusal::BadSignature:
    case Refusal::Stale:
    case Refusal::Replayed:
    case Refusal::UnknownKiosk:
        return 401;
    case Refusal::Revoked:
    case Refusal::BadCode:
        return 403;
    case Refusal::TooLarge:
        return 413;
    case Refusal::Internal:
        break;
    }
    return 500;
}

QByteArray codeOf(Refusal r)
{
    switch (r) {
    case Refusal::BadRequest:
        return "bad_request";
    case Refusal::UnsupportedVersion:
        return "unsupported_version";
    case Refusal::Unsigned:
        return "unsigned";
    case Refusal::BadSignature:
        return "bad_signature";
    case Refusal::Stale:
        return "stale";
    case Refusal::Replayed:
        return "replayed";
    case Refusal::TooLarge:
        return "too_large";
    case Refusal::UnknownKiosk:
        return "unknown_kiosk";
    case Refusal::Revoked:
        return "revoked";
    case Refusal::BadCode:
        return "bad_code";
    case Refusal::Internal:
        break;
    }
    return "internal";
}

QByteArray errorBody(Refusal refusal, qint64 serverTimeMs, const QString &detail)
{
    const LocalizedText words = wordsOf(refusal);
    const QString suffix = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    linli::v1::ErrorResponse e;
    e.set_schema_version(wire::kSchemaVersion);
    e.set_code(codeOf(refusal).toStdString());
    e.set_message_zh((words.zh + suffix).toStdString());
    e.set_message_en((words.en + suffix).toStdString());
    e.set_server_time_ms(serverTimeMs);
    const std::string bytes = e.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

} // namespace linli::central
