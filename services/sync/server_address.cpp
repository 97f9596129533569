#include "sync/server_address.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>

namespace linli::sync {

namespace {

AddressCheck refused(const QString &zh, const QString &en)
{
    AddressCheck c;
    c.problem = { zh, en };
    return c;
}

bool isLoopback(const QString &host)
{
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QUrl ServerAddress::endpoint(const QString &path) const
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

AddressCheck checkServerAddress(const QString &url, const QString &caFile)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))
        return refused(QStringLiteral("中心服务器地址“%1”无效（应为 https://…）。").arg(url),
            QStringLiteral("The central server address \"%1\" is not valid (expected https://...).")
                .arg(url));
    AddressCheck check;
    check.address.emplace();
    check.address->base = parsed;
    if (parsed.scheme() == u"http") {
        if (!isLoopback(parsed.host()))
            return refused(
                QStringLiteral(
                    "拒绝以不加密的 http 连接 %1：只有本机回环地址可用 http，其他服务器必须用 https。")
                    .arg(parsed.host()),
                QStringLiteral("Refusing plain http to %1: http is only for loopback addresses; use https.")
                    .arg(parsed.host()));
        return check;
    }
    if (caFile.isEmpty())
        return refused(
            QStringLiteral("使用 https 需要在配置 [sync] server_ca 中指定中心服务器的证书（PEM）。"),
            QStringLiteral("https needs [sync] server_ca: the central server's certificate or CA (PEM)."));
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly))
        return refused(QStringLiteral("无法读取证书文件 %1：%2").arg(caFile, file.errorString()),
            QStringLiteral("Cannot read the certificate file %1: %2").arg(caFile, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return refused(QStringLiteral("证书文件 %1 中没有 PEM 证书。").arg(caFile),
            QStringLiteral("The certificate file %1 holds no PEM certificate.").arg(caFile));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(certificates); // only these: the system's trust store is not consulted
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    check.address->tls = tls;
    return check;
}

} // namespace linli::sync
