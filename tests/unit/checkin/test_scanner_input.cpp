// A scanner types a whole ticket in one fast burst ending in Enter; a person types slowly.
#include "checkin/scanner_input.h"

#include <gtest/gtest.h>

using linli::checkin::ScannerClassifier;
using V = ScannerClassifier::Verdict;

namespace {

// Feeds `text` one character every `gapMs`, then Enter; the verdict at Enter.
ScannerClassifier::Result type(ScannerClassifier &c, const QString &text, qint64 gapMs, qint64 startMs = 1000)
{
    qint64 t = startMs;
    for (const QChar ch : text) {
        const auto r = c.feed(QString(ch), t);
        EXPECT_EQ(r.verdict, V::Pending);
        t += gapMs;
    }
    return c.feed(QStringLiteral("\r"), t);
}

const QString kTicket = QStringLiteral("LT1:6BFOXN*TS0BI$ZDFRH%DSZ6KZ8$KOVDK:1DJ.C4IFL+OO");

} // namespace

TEST(ScannerInput, AFastBurstEndingInEnterIsAScan)
{
    ScannerClassifier c;
    const auto r = type(c, kTicket, 4);
    EXPECT_EQ(r.verdict, V::Scan);
    EXPECT_EQ(r.text, kTicket);
}

TEST(ScannerInput, SlowTypingIsAPerson)
{
    ScannerClassifier c;
    EXPECT_EQ(type(c, QStringLiteral("ABCDEFGHJK"), 180).verdict, V::NotScan);
}

TEST(ScannerInput, AHumanCodeReadByTheScannerIsAScanToo)
{
    ScannerClassifier c;
    const auto r = type(c, QStringLiteral("ABCDE FGHJK"), 8);
    EXPECT_EQ(r.verdict, V::Scan);
    EXPECT_EQ(r.text, QStringLiteral("ABCDE FGHJK"));
}

TEST(ScannerInput, KeysWithoutTextBetweenCharactersDoNotBreakTheBurst)
{
    ScannerClassifier c;
    qint64 t = 0;
    for (const QChar ch : kTicket) {
        c.feed(QString(), t += 2); // Shift
        c.feed(QString(ch), t += 2);
    }
    EXPECT_EQ(c.feed(QStringLiteral("\n"), t + 3).verdict, V::Scan);
}

TEST(ScannerInput, APauseMidBurstStartsAgain)
{
    ScannerClassifier c;
    type(c, QStringLiteral("LT1:6BFO"), 4).verdict; // interrupted: Enter arrives fast, too short
    qint64 t = 5000;
    for (const QChar ch : QStringLiteral("LT1:6BFOXN*TS0"))
        c.feed(QString(ch), t += 4);
    t += 400; // the person's hand, not a scanner
    for (const QChar ch : QStringLiteral("ABC"))
        c.feed(QString(ch), t += 4);
    EXPECT_EQ(c.feed(QStringLiteral("\r"), t + 4).verdict, V::NotScan)
        << "only 3 fast characters since the pause";
}

TEST(ScannerInput, ShortBurstsAndLoneEnterAreNotScans)
{
    ScannerClassifier c;
    EXPECT_EQ(type(c, QStringLiteral("1234"), 3).verdict, V::NotScan);
    EXPECT_EQ(c.feed(QStringLiteral("\r"), 99999).verdict, V::NotScan);
}

TEST(ScannerInput, AStuckKeyIsDropped)
{
    ScannerClassifier c;
    qint64 t = 0;
    for (int i = 0; i <= ScannerClassifier::kMaxChars; ++i)
        c.feed(QStringLiteral("A"), t += 1);
    EXPECT_EQ(c.feed(QStringLiteral("\r"), t + 1).verdict, V::NotScan);
}

TEST(ScannerInput, TicketTextIsToldFromACode)
{
    EXPECT_TRUE(linli::checkin::looksLikeTicketText(kTicket));
    EXPECT_FALSE(linli::checkin::looksLikeTicketText(QStringLiteral("ABCDE FGHJK")));
}
