// The check-in screen's controller as the page drives it: a scanner's burst of keys, a typed
// code, the big answer in the screen's language, and scanning again after 3 s.
#include "../tickets/ticket_fixture.h"
#include "checkin_backend.h"
#include "checkin_controller.h"
#include "language_controller.h"
#include "tickets/human_code.h"
#include "tickets/reasons.h"

#include <QFile>
#include <QSignalSpy>

using namespace linli::tickets;
using namespace linli::tickets::test;
using R = CheckinController::Result;

namespace {

class CheckinScreenTest : public TicketFixture {
protected:
    CheckinScreenTest() { language.select(QStringLiteral("en")); }
    std::unique_ptr<CheckinBackend> backend(const QString &place = QStringLiteral("room-dance"))
    {
        KioskContext context;
        context.db = &*db;
        context.clock = &clock;
        context.zone = zone;
        context.language = &language;
        context.ticketKey = &*key;
        context.kioskId = QStringLiteral("demo-kiosk-01");
        return std::make_unique<CheckinBackend>(context, place);
    }
    // The scanner: every character 3 ms after the last, then Enter.
    void scanKeys(CheckinController &c, const QString &text)
    {
        for (const QChar ch : text)
            c.handleKey(QString(ch), m_ms += 3);
        c.handleKey(QStringLiteral("\r"), m_ms += 3);
        m_ms += 1000;
    }
    LanguageController language;
    qint64 m_ms = 10000;
};

} // namespace

TEST_F(CheckinScreenTest, AScannedTicketIsAdmittedThenTheScreenScansAgain)
{
    const IssuedTicket ticket = danceTicket();
    setNow("2026-11-23T14:52:00");
    auto b = backend();
    ASSERT_TRUE(b->available());
    EXPECT_EQ(b->placeName(), QStringLiteral("Dance Room"));
    CheckinController c;
    c.setCheckin(b.get());
    EXPECT_EQ(c.result(), R::Scanning);
    EXPECT_EQ(c.headline(), QStringLiteral("Show your QR code or type your ticket code"));
    scanKeys(c, ticket.text);
    ASSERT_EQ(c.result(), R::Admitted) << c.message().toStdString();
    EXPECT_EQ(c.message(), reasons::admitted().en);
    EXPECT_TRUE(c.detail().contains(QStringLiteral("Room booking checked in"))) << c.detail().toStdString();
    EXPECT_EQ(rooms->find(ticket.source.id)->status, linli::booking::BookingStatus::CheckedIn);
    EXPECT_TRUE(c.returnPending());
    EXPECT_EQ(c.resultMs(), 3000);
    c.setResultMs(20);
    scanKeys(c, ticket.text);
    EXPECT_EQ(c.result(), R::AlreadyUsed);
    EXPECT_EQ(c.message(), QStringLiteral("This ticket was already used at 14:52 at Dance Room."));
    QSignalSpy back(&c, &CheckinController::changed);
    ASSERT_TRUE(back.wait(1000));
    EXPECT_EQ(c.result(), R::Scanning);
    EXPECT_TRUE(c.message().isEmpty());
}

TEST_F(CheckinScreenTest, SlowTypingOnAKeyboardIsNoScan)
{
    const IssuedTicket ticket = danceTicket();
    setNow("2026-11-23T14:52:00");
    auto b = backend();
    CheckinController c;
    c.setCheckin(b.get());
    for (const QChar ch : ticket.code)
        c.handleKey(QString(ch), m_ms += 250);
    c.handleKey(QStringLiteral("\r"), m_ms += 250);
    EXPECT_EQ(c.result(), R::Scanning);
    EXPECT_EQ(count("SELECT COUNT(*) FROM outbox WHERE kind LIKE 'ticket.%' AND kind != 'ticket.issued'"), 0);
}

TEST_F(CheckinScreenTest, TheCodeTypedOnTheScreenKeysChecksIn)
{
    const IssuedTicket ticket = danceTicket();
    setNow("2026-11-23T14:52:00");
    auto b = backend();
    CheckinController c;
    c.setCheckin(b.get());
    for (const QChar ch : ticket.code.toLower() + u'0' + u'!') // 0 and ! are no code's
        c.typeCharacter(QString(ch));
    EXPECT_TRUE(c.codeComplete());
    EXPECT_EQ(c.typedCode(), spacedHumanCode(ticket.code));
    c.erase();
    EXPECT_FALSE(c.codeComplete());
    c.typeCharacter(ticket.code.right(1));
    c.submitCode();
    EXPECT_EQ(c.result(), R::Admitted) << c.message().toStdString();
    EXPECT_TRUE(c.typedCode().isEmpty());
}

TEST_F(CheckinScreenTest, RefusalsAreShownInTheScreensLanguage)
{
    auto b = backend();
    CheckinController c;
    c.setCheckin(b.get());
    scanKeys(c, QStringLiteral("https://pay.example/qr/8839201"));
    EXPECT_EQ(c.result(), R::Refused);
    EXPECT_EQ(c.headline(), QStringLiteral("Not accepted"));
    EXPECT_EQ(c.message(), reasons::notATicket().en);
    language.select(QStringLiteral("zh"));
    EXPECT_EQ(c.message(), reasons::notATicket().zh);
}

TEST_F(CheckinScreenTest, AnUnknownPlaceLeavesTheScreenUnavailableAndChangesNothing)
{
    auto b = backend(QStringLiteral("room-nowhere"));
    EXPECT_FALSE(b->available());
    CheckinController c;
    c.setCheckin(b.get());
    c.scan(danceTicket().text);
    EXPECT_EQ(c.result(), R::Scanning);
    EXPECT_EQ(count("SELECT COUNT(*) FROM ticket_admission"), 0);
}

// Test aid for the e2e walk and screenshots (tests/e2e/walk_checkin.sh): with
// LINLI_CHECKIN_TICKET_FILE set, writes the text of Ming's dance room ticket (Monday
// 2026-11-23 15:00, admitted 14:45-15:15), issued by demo-kiosk-01, whose key every demo kiosk
// knows. Without it, checks only that the ticket is one.
TEST_F(CheckinScreenTest, DemoTicketForTheWalk)
{
    const IssuedTicket ticket = danceTicket();
    ASSERT_TRUE(ticket.text.startsWith(QStringLiteral("LT1:")));
    const QString path = qEnvironmentVariable("LINLI_CHECKIN_TICKET_FILE");
    if (path.isEmpty())
        return;
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(ticket.text.toUtf8());
}
