#include "commands/command_line.h"
#include "commands/commands.h"
#include "core/clock.h"
#include "server/central_log.h"
#include "server/central_server.h"
#include "store/central_store.h"

#include <google/protobuf/stubs/logging.h>
#include <QCoreApplication>
#include <QHostAddress>

namespace linli::central::commands {

namespace {

// A client can send strings that are not UTF-8 at will; protobuf would log each one as an error.
void protobufLog(google::protobuf::LogLevel, const char *file, int line, const std::string &message)
{
    qCDebug(lcCentral, "protobuf %s:%d: %s", file, line, message.c_str());
}

} // namespace

int serve(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address and port (0: any free port)."), QStringLiteral("host:port"),
        QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption cert(
        QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (HTTPS)."), QStringLiteral("file"));
    const QCommandLineOption key(
        QStringLiteral("tls-key"), QStringLiteral("PEM private key (HTTPS)."), QStringLiteral("file"));
    parser.addOptions({ listen, cert, key });
    if (!parseCommand(parser, args,
            QStringLiteral("linli-central serve --listen HOST:PORT [--db FILE] [--tls-cert F --tls-key F]")))
        return 2;
    const QString where = parser.value(listen);
    const int colon = where.lastIndexOf(u':');
    bool portOk = false;
    const uint port = where.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(where.left(colon));
    if (colon < 0 || !portOk || port > 65535 || address.isNull()) {
        complain(
            QStringLiteral("--listen 应为 地址:端口 / --listen must be HOST:PORT, e.g. 127.0.0.1:0 (got %1)")
                .arg(where));
        return 2;
    }
    if (parser.isSet(cert) != parser.isSet(key)) {
        complain(QStringLiteral("--tls-cert 与 --tls-key 须同时给出 / give both --tls-cert and --tls-key"));
        return 2;
    }
    const bool loopback = address.isLoopback();
    if (!parser.isSet(cert) && !loopback) {
        complain(QStringLiteral("非本机地址必须使用HTTPS / plain HTTP only on a loopback address: give "
                                "--tls-cert and --tls-key"));
        return 2;
    }
    auto store = openStore(parser);
    if (!store)
        return 1;
    try {
        store->maintainInBackground();
    } catch (const std::exception &e) {
        qCWarning(lcCentral) << "housekeeping stays on the request path:" << e.what();
    }
    google::protobuf::SetLogHandler(&protobufLog);
    SystemClock clock;
    CentralServer server(*store, clock);
    std::optional<TlsFiles> tls;
    if (parser.isSet(cert))
        tls = TlsFiles{ parser.value(cert), parser.value(key) };
    quint16 actual = 0;
    try {
        actual = server.listen(address, static_cast<quint16>(port), tls);
    } catch (const std::exception &e) {
        complain(QStringLiteral("无法启用HTTPS / cannot set up HTTPS: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    if (actual == 0) {
        complain(QStringLiteral("无法监听 %1 / cannot listen on %1").arg(where));
        return 1;
    }
    say(QStringLiteral("listening on %1:%2").arg(address.toString()).arg(actual));
    return QCoreApplication::exec();
}

} // namespace linli::central::commands
