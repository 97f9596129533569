#include "central_harness.h"
#include "store/central_store.h"

#include <gtest/gtest.h>
#include <QRegularExpression>

using namespace linli;
using namespace linli::test;

namespace {

v1::EnrolRequest enrolRequest(const QString &code)
{
    v1::EnrolRequest r;
    r.set_schema_version(1);
    r.set_code(code.toStdString());
    r.set_ticket_public_key(std::string(32, '\x07'));
    r.set_software_version("test-1");
    return r;
}

} // namespace

TEST(CentralEnrol, AGoodCodeGivesAnIdASecretAndTheHall)
{
    CentralProcess central;
    const QString code = central.enrolmentCode();
    ASSERT_EQ(code.size(), 12);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[2-9A-HJ-NP-Z]{12}$")).match(code).hasMatch())
        << code.toStdString();

    const HttpReply reply = post(central.port(), "/v1/enrol", serialized(enrolRequest(code)));
    ASSERT_EQ(reply.status, 200);
    v1::EnrolResponse response;
    ASSERT_TRUE(response.ParseFromArray(reply.body.constData(), static_cast<int>(reply.body.size())));
    EXPECT_FALSE(response.kiosk_id().empty());
    EXPECT_EQ(response.secret().size(), 32u);
    EXPECT_EQ(response.hall_id(), "hall-changzhengqiao");
    EXPECT_NEAR(response.server_time_ms(), nowMs(), 60000);
    EXPECT_TRUE(central.store().kiosk(QString::fromStdString(response.kiosk_id())).has_value());
}

TEST(CentralEnrol, ACodeWorksOnce)
{
    CentralProcess central;
    const QString code = central.enrolmentCode();
    ASSERT_EQ(post(central.port(), "/v1/enrol", serialized(enrolRequest(code))).status, 200);
    const HttpReply again = post(central.port(), "/v1/enrol", serialized(enrolRequest(code)));
    EXPECT_EQ(again.status, 403);
    EXPECT_EQ(again.error().code(), "bad_code");
    EXPECT_EQ(central.store().kiosks().size(), 1u);
}

TEST(CentralEnrol, AWrongCodeOrRequestIsRefusedWithWordsInBothLanguages)
{
    CentralProcess central;
    const HttpReply wrong
        = post(central.port(), "/v1/enrol", serialized(enrolRequest(QStringLiteral("ABCDEFGHJKLM"))));
    EXPECT_EQ(wrong.status, 403);
    const v1::ErrorResponse e = wrong.error();
    EXPECT_EQ(e.code(), "bad_code");
    EXPECT_FALSE(e.message_zh().empty());
    EXPECT_FALSE(e.message_en().empty());
    EXPECT_GT(e.server_time_ms(), 0);

    v1::EnrolRequest future = enrolRequest(central.enrolmentCode());
    future.set_schema_version(2);
    const HttpReply version = post(central.port(), "/v1/enrol", serialized(future));
    EXPECT_EQ(version.status, 400);
    EXPECT_EQ(version.error().code(), "unsupported_version");

    v1::EnrolRequest shortKey = enrolRequest(central.enrolmentCode());
    shortKey.set_ticket_public_key("short");
    EXPECT_EQ(post(central.port(), "/v1/enrol", serialized(shortKey)).error().code(), "bad_request");
    EXPECT_EQ(post(central.port(), "/v1/enrol", "\xff\xff\xff garbage").error().code(), "bad_request");
    EXPECT_TRUE(central.store().kiosks().empty());
}

TEST(CentralEnrol, EnrollRefusesAnUnknownHall)
{
    CentralProcess central;
    const CommandRun r = runCentral(
        central.db(), { QStringLiteral("enroll"), QStringLiteral("--hall"), QStringLiteral("hall-nowhere") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("hall-nowhere"))) << r.err.toStdString();
}

TEST(CentralEnrol, TheHallsOtherKiosksLearnTheNewKiosksTicketKey)
{
    CentralProcess central;
    TestKiosk first(central);
    TestKiosk second(central);
    const v1::SyncResponse pulled = first.sync(first.request());
    bool found = false;
    for (const v1::Change &c : pulled.changes())
        if (c.collection() == "kiosk_keys" && QString::fromStdString(c.id()) == second.id()) {
            found = true;
            EXPECT_NE(c.record().find(QByteArray(32, '\x42').toBase64().toStdString()), std::string::npos);
        }
    EXPECT_TRUE(found);
}

TEST(CentralEnrol, AnExpiredCodeIsRefused)
{
    CentralProcess central;
    central.store().begin(central::Durability::Durable);
    central.store().addEnrolmentCode(
        QStringLiteral("23456789ABCD"), QStringLiteral("hall-changzhengqiao"), nowMs() - 1);
    central.store().commit();
    const HttpReply reply
        = post(central.port(), "/v1/enrol", serialized(enrolRequest(QStringLiteral("23456789ABCD"))));
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.error().code(), "bad_code");
    EXPECT_TRUE(central.store().kiosks().empty());
}
