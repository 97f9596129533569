// Whatever a scanner reads, nothing but an untouched ticket is accepted, and nothing crashes:
// every byte of a valid ticket changed, every character of its text changed, every length cut
// short, garbage, oversized text and other QR codes' payloads.
#include "generated_tickets.h"
#include "tickets/base45.h"
#include "tickets/verification.h"

#include <gtest/gtest.h>
#include <random>

using namespace linli::tickets;
using linli::tickets::test::TicketGenerator;

namespace {

class BadInputTest : public ::testing::Test {
protected:
    BadInputTest()
        : key(SigningKey::fromSeed(QByteArray(32, '\x07')))
    {
        context.hall = 0x48414c4c;
        context.publicKeyOf = [this](quint32 keyId) {
            return keyId == key.keyId() ? std::optional<QByteArray>(key.publicKey()) : std::nullopt;
        };
        Ticket t = TicketGenerator(11, context.hall, key.keyId()).next();
        context.nowUtc = t.validFromUtc;
        ticket = t;
        text = linli::tickets::test::signedText(t, key);
        raw = *base45::decode(text.mid(4).toLatin1());
    }
    TicketStatus verify(const QString &scanned) const { return verifyTicketText(scanned, context).status; }
    QString withRaw(const QByteArray &bytes) const
    {
        return QStringLiteral("LT1:") + QString::fromLatin1(base45::encode(bytes));
    }

    SigningKey key;
    VerifyContext context;
    Ticket ticket;
    QString text;
    QByteArray raw; // lengths, body and signature
};

} // namespace

TEST_F(BadInputTest, TheUntouchedTicketIsAccepted)
{
    ASSERT_EQ(verify(text), TicketStatus::Accepted);
    EXPECT_EQ(verifyTicketText(text, context).ticket, ticket);
}

TEST_F(BadInputTest, ChangingAnyByteInAnyWayIsNeverAccepted)
{
    int checked = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        for (int flip = 1; flip < 256; ++flip) {
            QByteArray changed = raw;
            changed[i] = static_cast<char>(changed[i] ^ flip);
            const Verification v = verifyTicketText(withRaw(changed), context);
            ASSERT_NE(v.status, TicketStatus::Accepted) << "byte " << i << " ^ " << flip;
            ASSERT_FALSE(v.ticket && v.status != TicketStatus::BadSignature && *v.ticket != ticket)
                << "a changed ticket's details are never given as signed";
            ++checked;
        }
    }
    EXPECT_EQ(checked, raw.size() * 255);
}

TEST_F(BadInputTest, ChangingAnyCharacterOfTheTextIsNeverAccepted)
{
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
    for (qsizetype i = 0; i < text.size(); ++i) {
        for (const QChar c : alphabet + QStringLiteral("abc#\u00e9\u4e2d")) {
            if (c == text[i] || (c.isLower() && c.toUpper() == text[i]))
                continue;
            QString changed = text;
            changed[i] = c;
            ASSERT_NE(verify(changed), TicketStatus::Accepted) << i << " " << changed.toStdString();
        }
    }
}

TEST_F(BadInputTest, EveryTruncationAndAnyAdditionIsDamaged)
{
    for (qsizetype length = 4; length < text.size(); ++length)
        ASSERT_EQ(verify(text.left(length)), TicketStatus::Damaged) << length;
    for (qsizetype length = 0; length < 4; ++length)
        ASSERT_EQ(verify(text.left(length)), TicketStatus::NotATicket) << length;
    EXPECT_EQ(verify(text + QStringLiteral("0")), TicketStatus::Damaged);
    EXPECT_EQ(verify(text + QStringLiteral("000")), TicketStatus::Damaged) << "two bytes after the signature";
    EXPECT_EQ(verify(withRaw(raw + QByteArray(1, '\0'))), TicketStatus::Damaged);
    EXPECT_EQ(verify(withRaw(raw.left(raw.size() - 1))), TicketStatus::Damaged);
}

TEST_F(BadInputTest, OversizedTextIsRefusedWithoutDecodingIt)
{
    EXPECT_EQ(verify(text + QString(1 << 20, u'A')), TicketStatus::Damaged);
    EXPECT_EQ(verify(QStringLiteral("LT1:") + QString(1 << 20, u'0')), TicketStatus::Damaged);
    EXPECT_EQ(verify(QString(1 << 20, u'x')), TicketStatus::NotATicket);
    // Lengths that claim more than there is, or a signature that is not 64 bytes.
    QByteArray claimsMore = raw;
    claimsMore[0] = '\x7f';
    EXPECT_EQ(verify(withRaw(claimsMore)), TicketStatus::Damaged);
    QByteArray shortSignature = raw.left(raw.size() - 1);
    shortSignature[raw.size() - 65] = 63; // the low byte of the signature length: consistent, but not 64
    EXPECT_EQ(verify(withRaw(shortSignature)), TicketStatus::Damaged);
}

TEST_F(BadInputTest, GarbageAndOtherQrCodesAreNotTickets)
{
    const QStringList others{ QString(), QStringLiteral("\r\n"),
        QStringLiteral("https://weixin.qq.com/r/mJ1"), QStringLiteral("WIFI:S:Hall;T:WPA;P:secret;;"),
        QStringLiteral("BEGIN:VCARD"), QStringLiteral("HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N"),
        QStringLiteral("3301050001"), QStringLiteral("LT"), QStringLiteral("LT:ABC"),
        QStringLiteral("中文二维码") };
    for (const QString &scan : others)
        EXPECT_EQ(verify(scan), TicketStatus::NotATicket) << scan.toStdString();
    EXPECT_EQ(verify(QStringLiteral("LT1:")), TicketStatus::Damaged);
    EXPECT_EQ(verify(QStringLiteral("LT1:中文")), TicketStatus::Damaged);
    EXPECT_EQ(verify(QStringLiteral("LT9:ABC")), TicketStatus::UnsupportedVersion);

    std::mt19937 random(5);
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes(static_cast<int>(random() % 200), '\0');
        for (char &b : bytes)
            b = static_cast<char>(random());
        ASSERT_NE(verify(withRaw(bytes)), TicketStatus::Accepted);
        ASSERT_NE(verify(QString::fromLatin1(bytes)), TicketStatus::Accepted);
    }
}
