// Identification: card, phone + PIN with Argon2id, lockout that survives a restart, and
// messages that never tell whether a number exists.
#include "residents/card_reader.h"
#include "residents/identification.h"
#include "residents/pin_hash.h"
#include "storage/storage_reasons.h"
#include "unit/booking/booking_fixture.h"
#include "unit/booking/new_york_fixture.h"

#include <chrono>

using namespace linli::residents;
using linli::booking::test::BookingFixture;

class ResidentsTest : public BookingFixture { };

TEST(PinHash, IsArgon2idSaltedAndVerifiesInUnderASecondAtInteractiveCost)
{
    const QString hash = hashPin(QStringLiteral("123456"));
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$")));
    EXPECT_NE(hash, hashPin(QStringLiteral("123456"))); // salted
    const auto start = std::chrono::steady_clock::now();
    EXPECT_TRUE(verifyPin(QStringLiteral("123456"), hash));
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
    EXPECT_FALSE(verifyPin(QStringLiteral("123457"), hash));
    EXPECT_FALSE(verifyPin(QStringLiteral("123456"), QString()));
    EXPECT_FALSE(verifyPin(QStringLiteral("123456"), QStringLiteral("garbage")));
}

TEST(MaskName, KeepsFirstAndLastCharacter)
{
    EXPECT_EQ(maskName(QStringLiteral("张国明")), QStringLiteral("张*明"));
    EXPECT_EQ(maskName(QStringLiteral("李明")), QStringLiteral("李*"));
    EXPECT_EQ(maskName(QStringLiteral("欧阳小燕")), QStringLiteral("欧**燕"));
    EXPECT_EQ(maskName(QStringLiteral("Emma Wilson")), QStringLiteral("E*** W*****"));
}

TEST_F(ResidentsTest, DemoResidentsAreLoadedWithHashedPinsOnly)
{
    EXPECT_EQ(count("SELECT count(*) FROM resident"), 8);
    EXPECT_EQ(count("SELECT count(*) FROM resident WHERE pin_hash LIKE '$argon2id$%'"), 8);
    EXPECT_EQ(count("SELECT count(*) FROM resident WHERE pin_hash LIKE '%123456%'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM room_booking_rule"), 5);
}

TEST_F(ResidentsTest, CardIdentifiesAndUnknownOrMalformedCardsGetTheSameKindMessage)
{
    const IdentifyResult ok = identifyByCard(*db, QStringLiteral("3301050001"));
    ASSERT_TRUE(ok.ok);
    EXPECT_EQ(ok.value.residentId, QStringLiteral("res-0001"));
    EXPECT_EQ(ok.value.maskedName, QStringLiteral("张*明"));
    const IdentifyResult unknown = identifyByCard(*db, QStringLiteral("9999999999"));
    EXPECT_FALSE(unknown.ok);
    EXPECT_FALSE(unknown.reason.zh.isEmpty());
    for (const char *bad :
        { "", "33010500", "3301O50001", "3301050001; DROP TABLE resident", "１２３４５６７" })
        EXPECT_EQ(identifyByCard(*db, QString::fromUtf8(bad)).reason, unknown.reason) << bad;
}

TEST_F(ResidentsTest, PhoneAndPin)
{
    const IdentifyResult ok
        = identifyByPin(*db, clock, zone, QStringLiteral("138 0000 0001"), QStringLiteral("123456"));
    ASSERT_TRUE(ok.ok);
    EXPECT_EQ(ok.value.residentId, QStringLiteral("res-0001"));
    const IdentifyResult wrong
        = identifyByPin(*db, clock, zone, QStringLiteral("13800000001"), QStringLiteral("654321"));
    const IdentifyResult nobody
        = identifyByPin(*db, clock, zone, QStringLiteral("13999999999"), QStringLiteral("123456"));
    EXPECT_FALSE(wrong.ok);
    EXPECT_EQ(wrong.reason, nobody.reason); // never says whether the number exists
    EXPECT_FALSE(identifyByPin(*db, clock, zone, QStringLiteral("13800000001"), QStringLiteral("12345")).ok);
}

TEST_F(ResidentsTest, FiveWrongPinsLockFor15MinutesThenDoublingAndSurviveARestart)
{
    const QString phone = QStringLiteral("13800000002"), right = QStringLiteral("222222");
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(identifyByPin(*db, clock, zone, phone, QStringLiteral("000000")).ok);
    EXPECT_EQ(pinLockRemaining(*db, clock, phone), 0);
    const IdentifyResult fifth = identifyByPin(*db, clock, zone, phone, QStringLiteral("000000"));
    EXPECT_TRUE(fifth.reason.en.contains(u"Too many")) << fifth.reason.en.toStdString();
    EXPECT_EQ(pinLockRemaining(*db, clock, phone), 15 * 60);
    // Even the right PIN is refused while locked, and the lock is in the database: a new
    // connection (a restarted kiosk) sees it.
    auto reopened = linli::storage::Database::open(db->path());
    EXPECT_FALSE(identifyByPin(reopened, clock, zone, phone, right).ok);
    EXPECT_EQ(pinLockRemaining(reopened, clock, phone), 15 * 60);
    // Next round: 30 minutes.
    clock.advanceSecs(15 * 60);
    for (int i = 0; i < 5; ++i)
        identifyByPin(*db, clock, zone, phone, QStringLiteral("000000"));
    EXPECT_EQ(pinLockRemaining(*db, clock, phone), 30 * 60);
    clock.advanceSecs(30 * 60);
    for (int i = 0; i < 5; ++i)
        identifyByPin(*db, clock, zone, phone, QStringLiteral("000000"));
    EXPECT_EQ(pinLockRemaining(*db, clock, phone), 60 * 60);
    clock.advanceSecs(60 * 60);
    EXPECT_TRUE(identifyByPin(*db, clock, zone, phone, right).ok); // success resets everything
    identifyByPin(*db, clock, zone, phone, QStringLiteral("000000"));
    EXPECT_EQ(pinLockRemaining(*db, clock, phone), 0);
    // The card still works while the PIN is locked.
    EXPECT_TRUE(identifyByCard(*db, QStringLiteral("3301050002")).ok);
}

TEST_F(ResidentsTest, UnknownNumbersLockExactlyLikeKnownOnes)
{
    for (int i = 0; i < 5; ++i) {
        const auto a
            = identifyByPin(*db, clock, zone, QStringLiteral("13800000003"), QStringLiteral("000000"));
        const auto b
            = identifyByPin(*db, clock, zone, QStringLiteral("13999999998"), QStringLiteral("000000"));
        EXPECT_EQ(a.reason, b.reason) << i;
    }
}

TEST_F(ResidentsTest, BruteForceOfAllPinsIsStoppedAfterFive)
{
    int verified = 0;
    for (int pin = 0; pin < 200; ++pin)
        verified += identifyByPin(*db, clock, zone, QStringLiteral("13800000004"),
            QStringLiteral("%1").arg(pin * 2221, 6, 10, QLatin1Char('0')))
                        .ok;
    EXPECT_EQ(verified, 0);
    EXPECT_EQ(count("SELECT failures FROM pin_attempt WHERE phone = '13800000004'"), 0);
    EXPECT_EQ(count("SELECT lock_round FROM pin_attempt WHERE phone = '13800000004'"), 1);
}

TEST_F(ResidentsTest, ClockJumpingBackNeverStretchesALockBeyondItsLength)
{
    const QString phone = QStringLiteral("13800000005");
    for (int i = 0; i < 5; ++i)
        identifyByPin(*db, clock, zone, phone, QStringLiteral("000000"));
    clock.advanceSecs(-86400);
    EXPECT_EQ(pinLockRemaining(*db, clock, phone), 15 * 60);
}

TEST_F(ResidentsTest, StorageFailuresAreRefusalsNeverExceptions)
{
    // Another connection holds the write lock: counting a wrong PIN (or clearing the count after
    // the right one) cannot be written, so nothing is decided; a card, only read, still works.
    auto conn = linli::storage::Database::open(db->path(), { .busyTimeoutMs = 50 });
    db->exec("BEGIN IMMEDIATE");
    const IdentifyResult wrong
        = identifyByPin(conn, clock, zone, QStringLiteral("13800000001"), QStringLiteral("000000"));
    EXPECT_FALSE(wrong.ok);
    EXPECT_EQ(wrong.reason, linli::storage::busyReason());
    const IdentifyResult right
        = identifyByPin(conn, clock, zone, QStringLiteral("13800000001"), QStringLiteral("123456"));
    EXPECT_FALSE(right.ok);
    EXPECT_EQ(right.reason, linli::storage::busyReason());
    EXPECT_TRUE(identifyByCard(conn, QStringLiteral("3301050001")).ok);
    db->exec("ROLLBACK");
    EXPECT_TRUE(identifyByPin(conn, clock, zone, QStringLiteral("13800000001"), QStringLiteral("123456")).ok);

    // A broken schema: not the resident's to fix.
    db->exec("DROP TABLE pin_attempt");
    EXPECT_EQ(identifyByPin(*db, clock, zone, QStringLiteral("13800000001"), QStringLiteral("123456")).reason,
        linli::storage::cannotSaveReason());
    db->exec("ALTER TABLE resident RENAME TO resident_gone");
    EXPECT_EQ(identifyByCard(*db, QStringLiteral("3301050001")).reason, linli::storage::cannotSaveReason());
}

TEST(CardReader, ReaderBurstIsACardTypingIsNot)
{
    CardReaderClassifier c;
    qint64 t = 1000;
    for (QChar d : QStringLiteral("3301050001"))
        EXPECT_EQ(c.feed(QString(d), t += 8).verdict, CardReaderClassifier::Verdict::Pending);
    const auto card = c.feed(QStringLiteral("\r"), t += 8);
    EXPECT_EQ(card.verdict, CardReaderClassifier::Verdict::Card);
    EXPECT_EQ(card.card, QStringLiteral("3301050001"));

    // A person: 200 ms between keys.
    for (QChar d : QStringLiteral("3301050001"))
        c.feed(QString(d), t += 200);
    EXPECT_EQ(c.feed(QStringLiteral("\r"), t += 200).verdict, CardReaderClassifier::Verdict::NotCard);

    // Fast but garbled (a letter inside) or too short: malformed, not a card.
    for (QChar d : QStringLiteral("33010X0001"))
        c.feed(QString(d), t += 5);
    EXPECT_EQ(c.feed(QStringLiteral("\n"), t += 5).verdict, CardReaderClassifier::Verdict::Malformed);
    for (QChar d : QStringLiteral("123"))
        c.feed(QString(d), t += 5);
    EXPECT_EQ(c.feed(QStringLiteral("\r"), t += 5).verdict, CardReaderClassifier::Verdict::Malformed);

    // A slow start then a fast burst: only the burst counts.
    c.feed(QStringLiteral("9"), t += 500);
    t += 100;
    for (QChar d : QStringLiteral("3301050002"))
        c.feed(QString(d), t += 10);
    EXPECT_EQ(c.feed(QStringLiteral("\r"), t += 10).card, QStringLiteral("3301050002"));
    // A burst longer than 300 ms in total is not a reader.
    for (int i = 0; i < 10; ++i)
        c.feed(QStringLiteral("1"), t += 40);
    EXPECT_EQ(c.feed(QStringLiteral("\r"), t += 40).verdict, CardReaderClassifier::Verdict::NotCard);
}

class NewYorkResidentsTest : public linli::booking::test::NewYorkHallFixture { };

TEST_F(NewYorkResidentsTest, ALockSaysWhenToTryAgainInTheHallsTime)
{
    // 10:00 in New York is 14:00 UTC and 22:00 in Shanghai.
    IdentifyResult r;
    for (int i = 0; i < 5; ++i)
        r = identifyByPin(*db, clock, zone, QStringLiteral("2125550101"), QStringLiteral("000000"));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.reason.en.contains(u"after 10:15")) << r.reason.en.toStdString();
    EXPECT_TRUE(r.reason.zh.contains(u"10:15")) << r.reason.zh.toStdString();
    EXPECT_TRUE(identifyByCard(*db, QStringLiteral("2125550001")).ok);
}
