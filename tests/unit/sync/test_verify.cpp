// A reply is believed only when signed with the kiosk's secret for this request's nonce, within
// the size limit, parseable and of schema version 1.
#include "sync/sync_error.h"
#include "sync_fixture.h"

namespace linli::sync::test {
namespace {

using VerifyTest = SyncFixture;

const QByteArray kNonce = "0123456789abcdef0123456789abcdef";

std::string why(const HttpReply &reply, const QByteArray &nonce = kNonce)
{
    try {
        verifyReply(reply, kSecret, nonce);
    } catch (const BadResponse &e) {
        EXPECT_FALSE(e.why().zh.isEmpty()) << "every refusal says why in Chinese too";
        return e.why().en.toStdString();
    }
    return "accepted";
}

TEST_F(VerifyTest, ASignedReplyForThisRequestIsAccepted)
{
    v1::SyncResponse r = emptyResponse(7);
    r.set_more(true);
    const VerifiedReply v = verifyReply(signedReply(r.SerializeAsString(), kNonce), kSecret, kNonce);
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v.response.cursor(), 7u);
    EXPECT_TRUE(v.response.more());
}

TEST_F(VerifyTest, UnsignedForgedAndReplayedRepliesAreRefused)
{
    const std::string body = emptyResponse(7).SerializeAsString();
    HttpReply unsignedReply = signedReply(body, kNonce);
    unsignedReply.signatureHeader.clear();
    EXPECT_THAT(why(unsignedReply), ::testing::HasSubstr("unsigned"));

    const HttpReply forged = signedReply(body, kNonce, 200, QByteArray(32, '\x01'));
    EXPECT_THAT(why(forged), ::testing::HasSubstr("wrong signature"));

    // The same reply, replayed to answer another request: signed for the old nonce.
    EXPECT_THAT(why(signedReply(body, kNonce), "ffffffffffffffffffffffffffffffff"),
        ::testing::HasSubstr("wrong signature"));

    HttpReply tampered = signedReply(body, kNonce);
    tampered.body.append('\0');
    EXPECT_THAT(why(tampered), ::testing::HasSubstr("wrong signature"));

    HttpReply otherStatus = signedReply(body, kNonce);
    otherStatus.status = 201;
    EXPECT_THAT(why(otherStatus), ::testing::HasSubstr("wrong signature"));

    HttpReply otherTime = signedReply(body, kNonce);
    otherTime.timeHeader = "1795312800001";
    EXPECT_THAT(why(otherTime), ::testing::HasSubstr("wrong signature"));
}

TEST_F(VerifyTest, OversizedGarbageAndOtherVersionsAreRefused)
{
    HttpReply big = signedReply(std::string(wire::kMaxResponseBytes + 1, 'x'), kNonce);
    EXPECT_THAT(why(big), ::testing::HasSubstr("over 8388608 bytes"));
    HttpReply cut;
    cut.tooLarge = true;
    cut.status = 200;
    EXPECT_THAT(why(cut), ::testing::HasSubstr("over"));

    EXPECT_THAT(
        why(signedReply("\xff\xff\xff\xff garbage", kNonce)), ::testing::HasSubstr("cannot be parsed"));

    v1::SyncResponse future = emptyResponse();
    future.set_schema_version(2);
    EXPECT_THAT(
        why(signedReply(future.SerializeAsString(), kNonce)), ::testing::HasSubstr("schema version 2"));

    HttpReply unreachable;
    unreachable.networkError = QStringLiteral("Connection refused");
    EXPECT_THAT(why(unreachable), ::testing::HasSubstr("unreachable"));
}

TEST_F(VerifyTest, UnknownFieldsAreIgnored)
{
    std::string body = emptyResponse(3).SerializeAsString();
    body += std::string("\xa2\x06\x03"
                        "abc",
        6); // field 100, length-delimited: unknown today
    const VerifiedReply v = verifyReply(signedReply(body, kNonce), kSecret, kNonce);
    EXPECT_EQ(v.response.cursor(), 3u);
}

TEST_F(VerifyTest, ASignedErrorIsReadAsAnError)
{
    v1::ErrorResponse error;
    error.set_schema_version(1);
    error.set_code("stale");
    error.set_server_time_ms(123);
    const VerifiedReply v = verifyReply(signedReply(error.SerializeAsString(), kNonce, 401), kSecret, kNonce);
    EXPECT_FALSE(v.ok());
    EXPECT_EQ(v.error.code(), "stale");
    EXPECT_EQ(v.error.server_time_ms(), 123);
    // Unsigned, it is only a code for the log.
    HttpReply bare;
    bare.status = 403;
    error.set_code("revoked");
    bare.body = QByteArray::fromStdString(error.SerializeAsString());
    EXPECT_THAT(why(bare), ::testing::HasSubstr("unsigned"));
    EXPECT_EQ(unsignedErrorCode(bare), QStringLiteral("revoked"));
}

} // namespace
} // namespace linli::sync::test
