#include "sync/secret_file.h"

#include "core/private_file.h"
#include "wire/wire.h"

namespace linli::sync {

namespace {

SecretFile refused(LocalizedText why)
{
    SecretFile result;
    result.problem = std::move(why);
    return result;
}

} // namespace

QString secretFileName()
{
    return QStringLiteral("sync-secret.key");
}

SecretFile readSecretFile(const QString &path)
{
    using P = PrivateFileRead::Problem;
    const PrivateFileRead read = readPrivateFile(path, wire::kSecretBytes);
    switch (read.problem) {
    case P::None: {
        SecretFile result;
        result.secret = read.bytes;
        return result;
    }
    case P::Missing:
        return refused({ QStringLiteral("本终端尚未登记到中心服务器（没有 %1）。").arg(path),
            QStringLiteral("This kiosk is not enrolled with the central server (no %1).").arg(path) });
    case P::NotPlain:
        return refused({ QStringLiteral("同步密钥 %1 不是普通文件。").arg(path),
            QStringLiteral("The sync secret %1 is not a plain file.").arg(path) });
    case P::OtherOwner:
    case P::OpenToOthers:
        return refused({ QStringLiteral(
                             "同步密钥 %1 其他用户可以访问（权限 %2）；请执行 chmod 600 并由终端用户拥有。")
                             .arg(path)
                             .arg(read.mode, 3, 8, QLatin1Char('0')),
            QStringLiteral("The sync secret %1 is open to other users (mode %2); chmod 600 it, owned by the "
                           "kiosk's user.")
                .arg(path)
                .arg(read.mode, 3, 8, QLatin1Char('0')) });
    case P::WrongSize:
        return refused(
            { QStringLiteral("同步密钥 %1 已损坏（%2 字节）；请重新登记。").arg(path).arg(read.size),
                QStringLiteral("The sync secret %1 is damaged (%2 bytes); enrol again.")
                    .arg(path)
                    .arg(read.size) });
    case P::Unreadable:
        break;
    }
    return refused({ QStringLiteral("无法读取同步密钥 %1：%2").arg(path, read.error),
        QStringLiteral("Cannot read the sync secret %1: %2").arg(path, read.error) });
}

LocalizedText writeSecretFile(const QString &path, const QByteArray &secret)
{
    if (const int error = writePrivateFile(path, secret, PrivateFileWrite::Replace); error != 0)
        return { QStringLiteral("无法保存同步密钥 %1：%2").arg(path, errnoText(error)),
            QStringLiteral("Cannot store the sync secret %1: %2").arg(path, errnoText(error)) };
    return {};
}

} // namespace linli::sync
