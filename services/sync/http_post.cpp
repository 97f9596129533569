#include "sync/http_post.h"

#include "wire/wire.h"

#include <memory>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace linli::sync {

void startPost(QNetworkAccessManager &network, const ServerAddress &address, const QString &path,
    const QByteArray &body, const Headers &headers, int timeoutMs, std::function<void(HttpReply)> done)
{
    QNetworkRequest request(address.endpoint(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(wire::kContentType));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (address.tls)
        request.setSslConfiguration(*address.tls);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.post(request, body);
    auto tooLarge = std::make_shared<bool>(false);
    QObject::connect(
        reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge](qint64 received, qint64 total) {
            if (received > wire::kMaxResponseBytes || total > wire::kMaxResponseBytes) {
                *tooLarge = true;
                reply->abort();
            }
        });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, tooLarge, done = std::move(done)] {
        HttpReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.tooLarge = *tooLarge;
        if (!r.tooLarge)
            r.body = reply->read(wire::kMaxResponseBytes + 1);
        r.timeHeader = reply->rawHeader(wire::kTimeHeader);
        r.signatureHeader = reply->rawHeader(wire::kSignatureHeader);
        if (reply->error() != QNetworkReply::NoError && r.status == 0)
            r.networkError = reply->errorString();
        reply->deleteLater();
        done(std::move(r));
    });
}

HttpReply postAndWait(const ServerAddress &address, const QString &path, const QByteArray &body,
    const Headers &headers, int timeoutMs)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    HttpReply result;
    startPost(network, address, path, body, headers, timeoutMs, [&](HttpReply r) {
        result = std::move(r);
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace linli::sync
