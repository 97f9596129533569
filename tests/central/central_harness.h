#pragma once

#include "linli/v1/sync.pb.h"
#include "support/temp_dir.h"

#include <functional>
#include <memory>
#include <optional>
#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>

namespace linli::central {
class CentralStore;
}

namespace linli::test {

struct HttpReply {
    int status = 0; // 0: no answer (connection closed)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
    v1::ErrorResponse error() const;
};

// One HTTP/1.1 POST over a plain socket, so tests can send what a client library would not.
HttpReply post(quint16 port, const QByteArray &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);

// Runs linli-central with args (a --db is added); returns exit code, stdout and stderr.
struct CommandRun {
    int exitCode = -1;
    QString out, err;
};
CommandRun runCentral(const QString &db, QStringList args);

// Copies deploy/demo to dir, so a test can edit the content it imports.
void copyDemoContent(const QString &dir);
// Rewrites one JSON list (rooms.json ...) of such a copy.
void editList(const QString &dir, const char *file, const std::function<void(QJsonArray &)> &edit);

// A real `linli-central serve` on a loopback port 0, with its own database, the demo content
// imported first; extraServeArgs go to `serve` (e.g. --tls-cert/--tls-key).
class CentralProcess {
public:
    explicit CentralProcess(const QString &contentDir = {}, const QStringList &extraServeArgs = {});
    ~CentralProcess();

    quint16 port() const { return m_port; }
    const QString &db() const { return m_db; }
    const QString &contentDir() const { return m_contentDir; }
    QString enrolmentCode(const QString &hall = QStringLiteral("hall-changzhengqiao"));
    bool running() const { return m_process.state() == QProcess::Running; }
    // A second connection to the server's database, to check what it stored.
    central::CentralStore &store();

private:
    TempDir m_dir;
    QString m_db;
    QString m_contentDir;
    QProcess m_process;
    quint16 m_port = 0;
    std::unique_ptr<central::CentralStore> m_store;
};

// A kiosk as the contract sees it: enrols, signs its requests, checks the signed responses.
class TestKiosk {
public:
    // Enrols with a fresh code; fails the test when that does not work.
    explicit TestKiosk(CentralProcess &central);

    const QString &id() const { return m_id; }
    const QByteArray &secret() const { return m_secret; }

    v1::OutboxEvent event(const QString &kind, const QByteArray &payloadJson);
    v1::SyncRequest request(const QList<v1::OutboxEvent> &events = {}, quint64 cursor = 0) const;

    // Signed with the kiosk's secret at `timeMs` (now when absent), with a fresh nonce.
    HttpReply send(const QByteArray &body, std::optional<qint64> timeMs = {}, QByteArray nonce = {});
    // Sends the request and checks the response's signature; parses it (fails the test on 4xx/5xx).
    v1::SyncResponse sync(const v1::SyncRequest &request);
    bool lastResponseSigned() const { return m_lastSigned; }

private:
    CentralProcess &m_central;
    QString m_id;
    QByteArray m_secret;
    quint64 m_seq = 0;
    bool m_lastSigned = false;
};

QByteArray serialized(const google::protobuf::MessageLite &message);
qint64 nowMs();

} // namespace linli::test
