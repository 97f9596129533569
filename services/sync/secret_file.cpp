#include "sync/secret_file.h"

#include "wire/wire.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>
#include <unistd.h>

namespace linli::sync {

namespace {

struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

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
    const QByteArray name = QFile::encodeName(path);
    Fd in{ ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC) };
    if (in.fd < 0) {
        if (errno == ENOENT)
            return refused({ QStringLiteral("本终端尚未登记到中心服务器（没有 %1）。").arg(path),
                QStringLiteral("This kiosk is not enrolled with the central server (no %1).").arg(path) });
        return refused({ QStringLiteral("无法读取同步密钥 %1：%2").arg(path, errnoText(errno)),
            QStringLiteral("Cannot read the sync secret %1: %2").arg(path, errnoText(errno)) });
    }
    struct stat st { };
    if (::fstat(in.fd, &st) != 0 || !S_ISREG(st.st_mode))
        return refused({ QStringLiteral("同步密钥 %1 不是普通文件。").arg(path),
            QStringLiteral("The sync secret %1 is not a plain file.").arg(path) });
    if (st.st_uid != ::geteuid() || (st.st_mode & 077) != 0)
        return refused({ QStringLiteral(
                             "同步密钥 %1 其他用户可以访问（权限 %2）；请执行 chmod 600 并由终端用户拥有。")
                             .arg(path)
                             .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0')),
            QStringLiteral("The sync secret %1 is open to other users (mode %2); chmod 600 it, owned by the "
                           "kiosk's user.")
                .arg(path)
                .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0')) });
    if (st.st_size != wire::kSecretBytes)
        return refused(
            { QStringLiteral("同步密钥 %1 已损坏（%2 字节）；请重新登记。").arg(path).arg(st.st_size),
                QStringLiteral("The sync secret %1 is damaged (%2 bytes); enrol again.")
                    .arg(path)
                    .arg(st.st_size) });
    QByteArray secret(wire::kSecretBytes, '\0');
    if (::read(in.fd, secret.data(), static_cast<std::size_t>(secret.size())) != secret.size())
        return refused({ QStringLiteral("无法读取同步密钥 %1。").arg(path),
            QStringLiteral("Cannot read the sync secret %1.").arg(path) });
    SecretFile result;
    result.secret = secret;
    return result;
}

LocalizedText writeSecretFile(const QString &path, const QByteArray &secret)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".new";
    ::unlink(temporary.constData());
    int error = 0;
    {
        Fd out{ ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600) };
        if (out.fd < 0)
            error = errno;
        else if (::fchmod(out.fd, 0600) != 0
            || ::write(out.fd, secret.constData(), static_cast<std::size_t>(secret.size())) != secret.size()
            || ::fsync(out.fd) != 0)
            error = errno ? errno : EIO;
    }
    if (!error && ::rename(temporary.constData(), target.constData()) != 0)
        error = errno;
    if (error) {
        ::unlink(temporary.constData());
        return { QStringLiteral("无法保存同步密钥 %1：%2").arg(path, errnoText(error)),
            QStringLiteral("Cannot store the sync secret %1: %2").arg(path, errnoText(error)) };
    }
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    Fd directory{ ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC) };
    if (directory.fd >= 0)
        ::fsync(directory.fd);
    return {};
}

} // namespace linli::sync
