#include "central_harness.h"

#include "store/sqlite_central_store.h"
#include "wire/wire.h"

#include <gtest/gtest.h>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUuid>

namespace linli::test {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

v1::ErrorResponse HttpReply::error() const
{
    v1::ErrorResponse e;
    EXPECT_TRUE(e.ParseFromArray(body.constData(), static_cast<int>(body.size()))) << "not an ErrorResponse";
    return e;
}

HttpReply post(quint16 port, const QByteArray &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    QByteArray head
        = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-protobuf\r\n";
    bool ownLength = false;
    for (const auto &[key, value] : headers) {
        head += key + ": " + value + "\r\n";
        ownLength = ownLength || key.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!ownLength)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    socket.write(head + "\r\n");
    socket.write(body);
    QByteArray in;
    QElapsedTimer timer;
    timer.start();
    HttpReply reply;
    while (timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(50);
        in += socket.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QList<QByteArray> lines = in.left(end).split('\n');
            reply.status = lines.value(0).split(' ').value(1).toInt();
            reply.headers.clear();
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                const QByteArray key = lines[i].left(colon).trimmed(),
                                 value = lines[i].mid(colon + 1).trimmed();
                reply.headers.append({ key, value });
                if (key.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (in.size() - end - 4 >= length) {
                reply.body = in.mid(end + 4, length);
                return reply;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
    }
    reply.status = 0;
    return reply;
}

CommandRun runCentral(const QString &db, QStringList args)
{
    args << QStringLiteral("--db") << db;
    QProcess p;
    p.start(QStringLiteral(LINLI_CENTRAL_BINARY), args);
    p.waitForFinished(60000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

void editList(const QString &dir, const char *file, const std::function<void(QJsonArray &)> &edit)
{
    QFile f(QDir(dir).filePath(QLatin1String(file)));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonArray list = QJsonDocument::fromJson(f.readAll()).array();
    f.close();
    edit(list);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(list).toJson());
}

void copyDemoContent(const QString &dir)
{
    const QDir from(QStringLiteral(LINLI_DEMO_DIR));
    QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(dir).filePath(from.relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
    }
}

CentralProcess::CentralProcess(const QString &contentDir, const QStringList &extraServeArgs)
    : m_db(m_dir.file(QStringLiteral("central.db")))
    , m_contentDir(contentDir.isEmpty() ? QStringLiteral(LINLI_DEMO_DIR) : contentDir)
{
    const CommandRun imported = runCentral(m_db, { QStringLiteral("import"), m_contentDir });
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    m_process.setProgram(QStringLiteral(LINLI_CENTRAL_BINARY));
    m_process.setArguments(QStringList{ QStringLiteral("serve"), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), m_db }
        + extraServeArgs);
    // Its log goes to a file: an unread pipe would fill up and stall the server.
    m_process.setStandardErrorFile(m_dir.file(QStringLiteral("serve.log")));
    m_process.start();
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine() && timer.elapsed() < 20000)
        m_process.waitForReadyRead(100);
    const QByteArray first = m_process.readLine().trimmed(); // "listening on 127.0.0.1:41234"
    EXPECT_TRUE(first.startsWith("listening on 127.0.0.1:")) << first.toStdString();
    m_port = static_cast<quint16>(first.mid(first.lastIndexOf(':') + 1).toUInt());
}

CentralProcess::~CentralProcess()
{
    m_store.reset();
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QString CentralProcess::enrolmentCode(const QString &hall)
{
    const CommandRun r = runCentral(
        m_db, { QStringLiteral("enroll"), QStringLiteral("--hall"), hall, QStringLiteral("--no-qr") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out.section(u'\n', 0, 0).trimmed();
}

central::CentralStore &CentralProcess::store()
{
    if (!m_store)
        m_store = std::make_unique<central::SqliteCentralStore>(m_db);
    return *m_store;
}

TestKiosk::TestKiosk(CentralProcess &central)
    : m_central(central)
{
    v1::EnrolRequest enrol;
    enrol.set_schema_version(1);
    enrol.set_code(central.enrolmentCode().toStdString());
    enrol.set_ticket_public_key(std::string(32, '\x42'));
    enrol.set_software_version("test-1");
    const HttpReply reply = post(central.port(), "/v1/enrol", serialized(enrol));
    EXPECT_EQ(reply.status, 200);
    v1::EnrolResponse response;
    EXPECT_TRUE(response.ParseFromArray(reply.body.constData(), static_cast<int>(reply.body.size())));
    m_id = QString::fromStdString(response.kiosk_id());
    m_secret = QByteArray::fromStdString(response.secret());
}

v1::OutboxEvent TestKiosk::event(const QString &kind, const QByteArray &payloadJson)
{
    v1::OutboxEvent e;
    e.set_event_id(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
    e.set_seq(++m_seq);
    e.set_kind(kind.toStdString());
    e.set_occurred_at_ms(nowMs());
    e.set_payload(payloadJson.toStdString());
    return e;
}

v1::SyncRequest TestKiosk::request(const QList<v1::OutboxEvent> &events, quint64 cursor) const
{
    v1::SyncRequest r;
    r.set_schema_version(1);
    r.set_kiosk_id(m_id.toStdString());
    r.set_cursor(cursor);
    for (const v1::OutboxEvent &e : events)
        *r.add_events() = e;
    v1::KioskHealth *h = r.mutable_health();
    h->set_software_version("test-1");
    h->set_outbox_depth(static_cast<quint64>(events.size()));
    h->set_local_time_ms(nowMs());
    h->set_disk_free_bytes(8'000'000'000ULL);
    return r;
}

HttpReply TestKiosk::send(const QByteArray &body, std::optional<qint64> timeMs, QByteArray nonce)
{
    const qint64 time = timeMs.value_or(nowMs());
    if (nonce.isEmpty())
        nonce = wire::newNonce();
    const QByteArray signature = wire::requestSignature(m_secret, "POST", "/v1/sync", time, nonce, body);
    const HttpReply reply = post(m_central.port(), "/v1/sync", body,
        { { wire::kKioskHeader, m_id.toUtf8() }, { wire::kTimeHeader, QByteArray::number(time) },
            { wire::kNonceHeader, nonce }, { wire::kSignatureHeader, signature } });
    const qint64 replyTime = reply.header(wire::kTimeHeader).toLongLong();
    m_lastSigned = wire::sameSignature(reply.header(wire::kSignatureHeader),
        wire::responseSignature(m_secret, reply.status, nonce, replyTime, reply.body));
    return reply;
}

v1::SyncResponse TestKiosk::sync(const v1::SyncRequest &request)
{
    const HttpReply reply = send(serialized(request));
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_TRUE(m_lastSigned) << "the response is not signed for this request";
    v1::SyncResponse response;
    EXPECT_TRUE(response.ParseFromArray(reply.body.constData(), static_cast<int>(reply.body.size())));
    return response;
}

QByteArray serialized(const google::protobuf::MessageLite &message)
{
    const std::string bytes = message.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace linli::test
