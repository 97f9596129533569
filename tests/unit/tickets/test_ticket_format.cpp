// The ticket's wire form: Base45 (RFC 9285), the signed text and its lengths, the worst case
// within a QR code of version 8 at level M, and the human code.
#include "generated_tickets.h"
#include "linli/v1/ticket.pb.h"
#include "tickets/base45.h"
#include "tickets/human_code.h"
#include "tickets/ticket_qr.h"

#include <gtest/gtest.h>

using namespace linli::tickets;
using linli::tickets::test::TicketGenerator;

namespace {

const QByteArray kSeed
    = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

} // namespace

TEST(Base45, EncodesTheExamplesOfRfc9285)
{
    EXPECT_EQ(base45::encode("AB"), QByteArray("BB8"));
    EXPECT_EQ(base45::encode("Hello!!"), QByteArray("%69 VD92EX0"));
    EXPECT_EQ(base45::encode("base-45"), QByteArray("UJCLQE7W581"));
    EXPECT_EQ(base45::decode("QED8WEX0"), QByteArray("ietf!"));
    EXPECT_EQ(base45::decode(""), QByteArray());
}

TEST(Base45, RefusesWhatRfc9285CallsInvalid)
{
    EXPECT_EQ(base45::decode("GGW"), std::nullopt) << "65536 does not fit two bytes";
    EXPECT_EQ(base45::decode("ZZ"), std::nullopt) << "1259 does not fit one byte";
    EXPECT_EQ(base45::decode("BB8A"), std::nullopt) << "a lone character";
    EXPECT_EQ(base45::decode("bb8"), std::nullopt) << "lower case is not in the alphabet";
    EXPECT_EQ(base45::decode("BB#"), std::nullopt);
}

TEST(Base45, RoundTripsEveryByteValueAndLength)
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(static_cast<char>(i));
    for (int length = 0; length <= all.size(); ++length) {
        const QByteArray bytes = all.left(length);
        const QByteArray text = base45::encode(bytes);
        EXPECT_EQ(text.size(), base45::encodedLength(length));
        EXPECT_EQ(base45::decode(text), bytes) << length;
    }
}

TEST(TicketText, CarriesPrefixBodyAndSignatureWithBigEndianLengths)
{
    const SigningKey key = SigningKey::fromSeed(kSeed);
    const Ticket t = TicketGenerator(1, 7, key.keyId()).next();
    const QByteArray body = serializeBody(t);
    const QString text = ticketText({ body, key.sign(body) });
    ASSERT_TRUE(text.startsWith(QLatin1String("LT1:")));
    const auto raw = base45::decode(text.mid(4).toLatin1());
    ASSERT_TRUE(raw);
    ASSERT_EQ(raw->size(), 2 + body.size() + 2 + kSignatureBytes);
    EXPECT_EQ(
        static_cast<unsigned char>(raw->at(0)) * 256 + static_cast<unsigned char>(raw->at(1)), body.size());
    EXPECT_EQ(raw->mid(2, body.size()), body);
    EXPECT_EQ(raw->at(2 + body.size()), 0);
    EXPECT_EQ(raw->at(3 + body.size()), kSignatureBytes);
    EXPECT_TRUE(verifySignature(key.publicKey(), body, raw->mid(4 + body.size())));

    const DecodedText decoded = decodeTicketText(text);
    ASSERT_EQ(decoded.problem, DecodedText::Problem::None);
    EXPECT_EQ(decoded.ticket.body, body);
    const ParsedBody parsed = parseBody(decoded.ticket.body);
    ASSERT_EQ(parsed.problem, ParsedBody::Problem::None);
    EXPECT_EQ(parsed.ticket, t);
}

TEST(TicketText, TheWidestTicketFitsAQrCodeOfVersionEightAtLevelM)
{
    const SigningKey key = SigningKey::fromSeed(kSeed);
    const Ticket widest = TicketGenerator::widest(0xFFFFFFFFu, 0xFFFFFFFFu);
    ASSERT_EQ(boundsProblem(widest), QString());
    EXPECT_EQ(serializeBody(widest).size(), kMaxBodyBytes);
    const QString text = linli::tickets::test::signedText(widest, key);
    EXPECT_EQ(text.size(), kMaxTicketTextLength);
    EXPECT_LE(kMaxTicketTextLength, 221) << "alphanumeric capacity of version 8-M";
    const auto qr = qrMatrix(text);
    ASSERT_TRUE(qr);
    EXPECT_LE(qr->version, 8);
    EXPECT_EQ(qr->size, 17 + 4 * qr->version);

    // No generated ticket is wider than the widest.
    TicketGenerator generator(2, 0xFFFFFFFFu, 0xFFFFFFFFu);
    for (int i = 0; i < 2000; ++i)
        ASSERT_LE(serializeBody(generator.next()).size(), kMaxBodyBytes);
}

TEST(TicketText, ATextTooLongForVersionEightGetsNoQrCode)
{
    EXPECT_FALSE(qrMatrix(QString(300, u'A'))) << "beyond 221 characters";
    EXPECT_FALSE(qrMatrix(QStringLiteral("LT1:lower case"))) << "not alphanumeric-mode text";
    EXPECT_TRUE(qrMatrix(QString(221, u'A')));
}

TEST(TicketBody, BoundsRefuseWhatCouldNotBeSignedOrWouldNotFit)
{
    const Ticket good = TicketGenerator(3, 1, 2).next();
    ASSERT_EQ(boundsProblem(good), QString());
    auto broken = [&](auto change) {
        Ticket t = good;
        change(t);
        return !boundsProblem(t).isEmpty();
    };
    EXPECT_TRUE(broken([](Ticket &t) { t.ticketId.chop(1); }));
    EXPECT_TRUE(broken([](Ticket &t) { t.holder.append('x'); }));
    EXPECT_TRUE(broken([](Ticket &t) { t.partySize = 0; }));
    EXPECT_TRUE(broken([](Ticket &t) { t.partySize = kMaxPartySize + 1; }));
    EXPECT_TRUE(broken([](Ticket &t) { t.validUntilUtc = t.validFromUtc - 1; }));
    EXPECT_TRUE(broken([](Ticket &t) { t.validUntilUtc = 0x100000000LL; }));
    EXPECT_TRUE(
        broken([](Ticket &t) { t.kind = t.kind == TicketKind::Meal ? TicketKind::Room : TicketKind::Meal; }));
    EXPECT_TRUE(broken([](Ticket &t) {
        t.admits = RoomAdmission{ 1, 2, kMaxRoomMinutes + 1 }, t.kind = TicketKind::Room;
    }));
    EXPECT_TRUE(broken([](Ticket &t) {
        t.admits = MealAdmission{ 1, QDate(2150, 1, 1), linli::canteen::MealPeriod::Lunch, false };
        t.kind = TicketKind::Meal;
    }));
}

TEST(TicketBody, AnUnknownFormatVersionIsNamedAndAnInconsistentBodyRefused)
{
    const QByteArray body = serializeBody(TicketGenerator(4, 1, 2).next());
    linli::v1::TicketBody wire;
    ASSERT_TRUE(wire.ParseFromArray(body.constData(), static_cast<int>(body.size())));
    wire.set_format_version(2);
    const std::string v2 = wire.SerializeAsString();
    const ParsedBody parsed = parseBody(QByteArray(v2.data(), static_cast<qsizetype>(v2.size())));
    EXPECT_EQ(parsed.problem, ParsedBody::Problem::UnsupportedVersion);
    EXPECT_EQ(parsed.version, 2u);

    wire.set_format_version(1);
    wire.clear_admits();
    const std::string none = wire.SerializeAsString();
    EXPECT_EQ(parseBody(QByteArray(none.data(), static_cast<qsizetype>(none.size()))).problem,
        ParsedBody::Problem::Inconsistent);
    EXPECT_EQ(parseBody(QByteArray("\xff\xff\xff")).problem, ParsedBody::Problem::Unreadable);
}

TEST(HumanCode, TenCharactersWithoutZeroOhOneOrEye)
{
    const QString code = humanCode(QStringLiteral("LT1:EXAMPLE"));
    ASSERT_EQ(code.size(), kHumanCodeLength);
    for (const QChar c : code) {
        EXPECT_TRUE(QByteArray(kHumanCodeAlphabet).contains(static_cast<char>(c.unicode())))
            << int(c.unicode());
        EXPECT_FALSE(QStringLiteral("0O1I").contains(c));
    }
    EXPECT_EQ(humanCode(QStringLiteral("LT1:EXAMPLE")), code) << "the same ticket, the same code";
    EXPECT_NE(humanCode(QStringLiteral("LT1:EXAMPLF")), code);
    EXPECT_EQ(spacedHumanCode(code), code.left(5) + u' ' + code.mid(5));
}

TEST(HumanCode, ReadsWhatPeopleTypeAndCatchesEveryWrongCharacter)
{
    const QString code = humanCode(QStringLiteral("LT1:ANOTHER"));
    EXPECT_EQ(normalisedHumanCode(code), code);
    EXPECT_EQ(normalisedHumanCode(u' ' + spacedHumanCode(code).toLower() + u' '), code);
    EXPECT_EQ(normalisedHumanCode(code.left(5) + u'-' + code.mid(5)), code);
    EXPECT_EQ(normalisedHumanCode(code.left(9)), std::nullopt);
    EXPECT_EQ(normalisedHumanCode(code + u'A'), std::nullopt);
    EXPECT_EQ(normalisedHumanCode(QStringLiteral("0OIIAAAAAA")), std::nullopt);
    int swapsCaught = 0, swaps = 0;
    for (int i = 0; i < kHumanCodeLength; ++i) {
        for (const char c : QByteArray(kHumanCodeAlphabet)) {
            if (code[i] == QLatin1Char(c))
                continue;
            QString typo = code;
            typo[i] = QLatin1Char(c);
            EXPECT_EQ(normalisedHumanCode(typo), std::nullopt) << typo.toStdString();
        }
        if (i + 1 < kHumanCodeLength && code[i] != code[i + 1]) {
            QString swapped = code;
            std::swap(swapped[i], swapped[i + 1]);
            ++swaps;
            swapsCaught += normalisedHumanCode(swapped) ? 0 : 1;
        }
    }
    EXPECT_GE(swapsCaught, swaps - 1) << "Luhn mod 32 misses only the rare pair that sums to 31";
}
