#include "central_harness.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace linli;
using namespace linli::test;

namespace {

const QString kCert = QStringLiteral(LINLI_TEST_DATA_DIR "/central/test_server.crt");
const QString kKey = QStringLiteral(LINLI_TEST_DATA_DIR "/central/test_server.key");

} // namespace

// HTTPS as in production: the client pins the server's certificate (it is its own CA here).
TEST(CentralTls, ServesHttpsWithTheGivenCertificate)
{
    CentralProcess central({}, { QStringLiteral("--tls-cert"), kCert, QStringLiteral("--tls-key"), kKey });
    ASSERT_NE(central.port(), 0);
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(kCert));
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), central.port());
    ASSERT_TRUE(socket.waitForEncrypted(10000)) << socket.errorString().toStdString();

    v1::EnrolRequest enrol;
    enrol.set_schema_version(1);
    enrol.set_code(central.enrolmentCode().toStdString());
    enrol.set_ticket_public_key(std::string(32, '\x01'));
    const QByteArray body = serialized(enrol);
    socket.write("POST /v1/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                 "application/x-protobuf\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray in;
    QElapsedTimer timer;
    timer.start();
    while (!in.contains("\r\n\r\n") && timer.elapsed() < 10000) {
        socket.waitForReadyRead(100);
        in += socket.readAll();
    }
    EXPECT_TRUE(in.startsWith("HTTP/1.1 200")) << in.left(200).toStdString();
}

TEST(CentralTls, PlainHttpIsRefusedOffLoopback)
{
    TempDir dir;
    const CommandRun r = runCentral(dir.file(QStringLiteral("c.db")),
        { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("loopback"))) << r.err.toStdString();
}
