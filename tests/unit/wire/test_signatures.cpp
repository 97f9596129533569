#include "wire/wire.h"

#include <gtest/gtest.h>
#include <QSet>

using namespace linli::wire;

namespace {

QByteArray demoSecret()
{
    QByteArray secret;
    for (int i = 0; i < kSecretBytes; ++i)
        secret.append(char(i));
    return secret;
}

const QByteArray kNonce = "0123456789abcdef0123456789abcdef";
const QByteArray kBody("\x08\x01\x12\x05kiosk", 9);

} // namespace

// The expected values come from Python's hmac module over the string proto/README.md defines,
// so another implementation of the contract can check itself against the same numbers.
TEST(WireSignature, RequestMatchesTheContractsDefinition)
{
    EXPECT_EQ(requestSignature(demoSecret(), "POST", "/v1/sync", 1764547200000, kNonce, kBody),
        "34424b4bf9471eb5ce306f7ea248f7d966753bedaeb998e804cefcc96189f826");
}

TEST(WireSignature, ResponseMatchesTheContractsDefinition)
{
    EXPECT_EQ(responseSignature(demoSecret(), 200, kNonce, 1764547200123, {}),
        "6b7641f0d1af1d2e6f0b16742b0ce13e68208d50722301b261cd4e51b8f47e94");
}

TEST(WireSignature, EveryPartOfTheRequestIsCovered)
{
    const QByteArray good = requestSignature(demoSecret(), "POST", "/v1/sync", 1000, kNonce, kBody);
    QByteArray otherSecret = demoSecret();
    otherSecret[0] = 'x';
    EXPECT_NE(good, requestSignature(otherSecret, "POST", "/v1/sync", 1000, kNonce, kBody));
    EXPECT_NE(good, requestSignature(demoSecret(), "GET", "/v1/sync", 1000, kNonce, kBody));
    EXPECT_NE(good, requestSignature(demoSecret(), "POST", "/v1/enrol", 1000, kNonce, kBody));
    EXPECT_NE(good, requestSignature(demoSecret(), "POST", "/v1/sync", 1001, kNonce, kBody));
    EXPECT_NE(good,
        requestSignature(demoSecret(), "POST", "/v1/sync", 1000, "f123456789abcdef0123456789abcdef", kBody));
    EXPECT_NE(good, requestSignature(demoSecret(), "POST", "/v1/sync", 1000, kNonce, kBody + 'x'));
}

TEST(WireSignature, AResponseIsBoundToItsRequestsNonceAndStatus)
{
    const QByteArray good = responseSignature(demoSecret(), 200, kNonce, 5, kBody);
    EXPECT_NE(good, responseSignature(demoSecret(), 200, "f123456789abcdef0123456789abcdef", 5, kBody));
    EXPECT_NE(good, responseSignature(demoSecret(), 401, kNonce, 5, kBody));
    EXPECT_NE(good, responseSignature(demoSecret(), 200, kNonce, 6, kBody));
}

TEST(WireSignature, ComparisonNeedsEveryByte)
{
    const QByteArray a = "abcdef";
    EXPECT_TRUE(sameSignature(a, "abcdef"));
    EXPECT_FALSE(sameSignature(a, "abcdeF"));
    EXPECT_FALSE(sameSignature(a, "abcde"));
    EXPECT_FALSE(sameSignature(a, ""));
}

TEST(WireNonce, FreshNoncesAreWellFormedAndDoNotRepeat)
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray nonce = newNonce();
        EXPECT_TRUE(isWellFormedNonce(nonce)) << nonce.constData();
        seen.insert(nonce);
    }
    EXPECT_EQ(seen.size(), 1000);
    EXPECT_FALSE(isWellFormedNonce("0123456789ABCDEF0123456789abcdef"));
    EXPECT_FALSE(isWellFormedNonce("0123456789abcdef"));
    EXPECT_FALSE(isWellFormedNonce("0123456789abcdef0123456789abcdeg"));
}
