// Checking tickets in: every result has its own status and words, a ticket admits once, and a
// failed scan writes its outbox event and nothing else. Now: Sunday 2026-11-22 10:00; Ming's
// dance room booking is Monday 15:00, its ticket valid 14:45-15:15.
#include "linli/v1/ticket.pb.h"
#include "ticket_fixture.h"
#include "tickets/base45.h"
#include "tickets/human_code.h"
#include "tickets/reasons.h"

#include <QJsonDocument>
#include <set>

using namespace linli::tickets;
using namespace linli::tickets::test;

class CheckInTest : public TicketFixture {
protected:
    // The issued ticket with one change, signed again by `signer` (default: this kiosk).
    QString altered(const IssuedTicket &issued, const std::function<void(Ticket &)> &change,
        const SigningKey *signer = nullptr)
    {
        Ticket t = issued.ticket;
        change(t);
        return sign(t, signer ? *signer : *key);
    }
    // Every row of every table but the outbox (and SQLite's counter for it).
    QString everythingButTheOutbox()
    {
        QString all;
        for (auto tables = db->prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                       "('outbox', 'sqlite_sequence') ORDER BY name");
             tables.step();) {
            const QString table = tables.text(0);
            auto rows = db->prepare(("SELECT * FROM \"" + table + "\"").toStdString());
            while (rows.step()) {
                for (int c = 0; c < rows.columnCount(); ++c)
                    all += table + u':' + (rows.isNull(c) ? QStringLiteral("NULL") : rows.blob(c).toHex())
                        + u'|';
            }
        }
        return all;
    }
    QJsonObject lastOutbox(const char *kind)
    {
        auto q = db->prepare("SELECT payload FROM outbox WHERE kind = ? ORDER BY seq DESC LIMIT 1");
        q.bind(1, kind);
        return q.step() ? QJsonDocument::fromJson(q.text(0).toUtf8()).object() : QJsonObject();
    }
};

TEST_F(CheckInTest, AValidTicketIsAdmittedOnceAndTheSecondScanSaysWhenAndWhere)
{
    const IssuedTicket issued = danceTicket();
    setNow("2026-11-23T14:50:00");
    const ScanResult first = office->checkIn(issued.text, danceDoor);
    ASSERT_EQ(first.status, TicketStatus::Accepted) << first.message.en.toStdString();
    EXPECT_EQ(first.message, reasons::admitted());
    EXPECT_EQ(first.ticket->ticketId, issued.ticket.ticketId);
    EXPECT_EQ(first.place->id, kDance);
    ASSERT_TRUE(first.source) << "issued here: the screen can check the booking in";
    EXPECT_EQ(first.source->id, issued.source.id);
    EXPECT_EQ(count("SELECT count(*) FROM ticket_admission WHERE place_id = 'room-dance'"), 1);
    const QJsonObject admitted = lastOutbox("ticket.admitted");
    EXPECT_EQ(admitted.value(u"ticket_id").toString(), ticketIdText(issued.ticket.ticketId));
    EXPECT_EQ(admitted.value(u"source_id").toString(), issued.source.id);
    EXPECT_EQ(admitted.value(u"place_id").toString(), kDance);

    setNow("2026-11-23T14:53:00");
    const ScanResult again = office->checkIn(issued.text, danceDoor);
    EXPECT_EQ(again.status, TicketStatus::AlreadyUsed);
    EXPECT_EQ(again.message.en, QStringLiteral("This ticket was already used at 14:50 at the Dance Room."));
    EXPECT_EQ(again.message.zh, QStringLiteral("这张票已在14:50于舞蹈室用过了。"));
    ASSERT_TRUE(again.firstUse);
    EXPECT_EQ(again.firstUse->atUtc, local("2026-11-23T14:50:00"));
    EXPECT_EQ(count("SELECT count(*) FROM ticket_admission"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'ticket.admitted'"), 1);
    EXPECT_EQ(lastOutbox("ticket.scan_failed").value(u"result").toString(), QStringLiteral("already_used"));

    // Another day, the date too; used wins over expired.
    setNow("2026-11-24T09:00:00");
    EXPECT_EQ(office->checkIn(issued.text, danceDoor).message.en,
        QStringLiteral("This ticket was already used at 14:50 on 23 November at the Dance Room."));
}

TEST_F(CheckInTest, TooEarlyAndTooLateNameTheTimeInTheHall)
{
    const IssuedTicket issued = danceTicket();
    const ScanResult early = office->checkIn(issued.text, danceDoor);
    EXPECT_EQ(early.status, TicketStatus::NotYetValid);
    EXPECT_EQ(early.message.en,
        QStringLiteral("This ticket cannot be used yet. It is valid from 14:45 on 23 November."));
    EXPECT_EQ(early.message.zh, QStringLiteral("这张票还没到使用时间，11月23日 14:45起可以使用。"));
    setNow("2026-11-23T14:45:00");
    EXPECT_EQ(office->inspect(issued.text).status, TicketStatus::Accepted) << "the window's first second";
    setNow("2026-11-23T15:15:01");
    const ScanResult late = office->checkIn(issued.text, danceDoor);
    EXPECT_EQ(late.status, TicketStatus::Expired);
    EXPECT_EQ(late.message.en,
        QStringLiteral("This ticket expired at 15:15 on 23 November and can no longer be used."));
    EXPECT_EQ(count("SELECT count(*) FROM ticket_admission"), 0);
}

TEST_F(CheckInTest, ACancelledBookingsTicketIsRevokedEvenBeforeItsTime)
{
    const IssuedTicket issued = danceTicket();
    ASSERT_TRUE(rooms->cancel(kMing, issued.source.id).ok);
    ASSERT_TRUE(office->revokeBooking(issued.source.id).ok);
    EXPECT_EQ(office->checkIn(issued.text, danceDoor).status, TicketStatus::Revoked);
    setNow("2026-11-23T14:50:00");
    const ScanResult r = office->checkIn(issued.text, danceDoor);
    EXPECT_EQ(r.status, TicketStatus::Revoked);
    EXPECT_EQ(r.message, reasons::revoked());
}

TEST_F(CheckInTest, AnotherHallUnknownKeyBadSignatureAndNewerVersionAreEachTheirOwnResult)
{
    const IssuedTicket issued = danceTicket();
    setNow("2026-11-23T14:50:00");
    const SigningKey stranger = SigningKey::generate();

    const ScanResult otherHall = office->checkIn(
        altered(
            issued, [](Ticket &t) { t.hall = placeTag(PlaceKind::Hall, QStringLiteral("hall-elsewhere")); }),
        danceDoor);
    EXPECT_EQ(otherHall.status, TicketStatus::OtherHall);
    EXPECT_FALSE(otherHall.ticket) << "nothing unsigned is shown";

    const ScanResult unknown
        = office->checkIn(altered(
                              issued, [&](Ticket &t) { t.keyId = stranger.keyId(); }, &stranger),
            danceDoor);
    EXPECT_EQ(unknown.status, TicketStatus::UnknownKey);

    const ScanResult forged = office->checkIn(altered(
                                                  issued, [](Ticket &) {}, &stranger),
        danceDoor);
    EXPECT_EQ(forged.status, TicketStatus::BadSignature) << "our key id, someone else's signature";

    const ScanResult changed = office->checkIn(
        [&] {
            const SignedBody original = decodeTicketText(issued.text).ticket;
            Ticket t = issued.ticket;
            t.partySize = 9;
            return ticketText({ serializeBody(t), original.signature });
        }(),
        danceDoor);
    EXPECT_EQ(changed.status, TicketStatus::BadSignature) << "party of 9 on a signature for 1";

    QByteArray body = serializeBody(issued.ticket);
    linli::v1::TicketBody wire;
    wire.ParseFromArray(body.constData(), static_cast<int>(body.size()));
    wire.set_format_version(2);
    body = QByteArray::fromStdString(wire.SerializeAsString());
    const ScanResult v2 = office->checkIn(ticketText({ body, key->sign(body) }), danceDoor);
    EXPECT_EQ(v2.status, TicketStatus::UnsupportedVersion);
    EXPECT_TRUE(v2.message.en.contains(QLatin1String("version 2")));
    const ScanResult lt2 = office->checkIn(QStringLiteral("LT2:") + issued.text.mid(4), danceDoor);
    EXPECT_EQ(lt2.status, TicketStatus::UnsupportedVersion);

    EXPECT_EQ(count("SELECT count(*) FROM ticket_admission"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'ticket.scan_failed'"), 6);
}

TEST_F(CheckInTest, AClockFarOffIsSaidPlainlyAndAdmitsNothing)
{
    const IssuedTicket issued = danceTicket();
    clock.set(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    const ScanResult unset = office->checkIn(issued.text, danceDoor);
    EXPECT_EQ(unset.status, TicketStatus::ClockWrong);
    EXPECT_TRUE(unset.message.en.contains(QLatin1String("1970"))) << unset.message.en.toStdString();

    // This kiosk's clock a day behind the kiosk that issued the ticket.
    setNow("2026-11-23T14:50:00");
    const QString fromTheFuture
        = altered(issued, [&](Ticket &t) { t.issuedAtUtc = local("2026-11-24T14:50:00"); });
    const ScanResult behind = office->checkIn(fromTheFuture, danceDoor);
    EXPECT_EQ(behind.status, TicketStatus::ClockWrong);
    EXPECT_TRUE(behind.message.en.contains(QLatin1String("14:50 on 24 November")))
        << behind.message.en.toStdString();
    // Within the tolerance between kiosks' clocks it is fine.
    const QString aLittleAhead = altered(issued, [&](Ticket &t) { t.issuedAtUtc = clock.nowSecs() + 240; });
    EXPECT_EQ(office->checkIn(aLittleAhead, danceDoor).status, TicketStatus::Accepted);
}

TEST_F(CheckInTest, AHumanCodeChecksInTheTicketItNames)
{
    const IssuedTicket issued = danceTicket();
    setNow("2026-11-23T14:50:00");
    const ScanResult typo = office->checkInCode(QStringLiteral("ABCDE FGHJK"), danceDoor);
    EXPECT_EQ(typo.status, TicketStatus::CodeMistyped);
    QString unknownCode = humanCode(QStringLiteral("LT1:SOMETHING ELSE"));
    EXPECT_EQ(office->checkInCode(unknownCode, danceDoor).status, TicketStatus::CodeUnknown);
    const ScanResult typed = office->checkInCode(spacedHumanCode(issued.code).toLower(), danceDoor);
    EXPECT_EQ(typed.status, TicketStatus::Accepted);
    EXPECT_EQ(office->checkIn(issued.text, danceDoor).status, TicketStatus::AlreadyUsed)
        << "one admission either way";
}

TEST_F(CheckInTest, NotATicketAndDamagedAreTold)
{
    const IssuedTicket issued = danceTicket();
    EXPECT_EQ(office->checkIn(QStringLiteral("https://weixin.qq.com/r/abc"), danceDoor).status,
        TicketStatus::NotATicket);
    EXPECT_EQ(office->checkIn(QString(), danceDoor).status, TicketStatus::NotATicket);
    EXPECT_EQ(office->checkIn(issued.text.left(100), danceDoor).status, TicketStatus::Damaged);
    EXPECT_EQ(office->checkIn(issued.text + QStringLiteral("00"), danceDoor).status, TicketStatus::Damaged);
    // A scanner's line end, or lower case, still reads.
    setNow("2026-11-23T14:50:00");
    EXPECT_EQ(office->inspect(QStringLiteral("  ") + issued.text.toLower() + QStringLiteral("\r\n")).status,
        TicketStatus::Accepted);
}

TEST_F(CheckInTest, AFailedScanWritesItsOutboxEventAndNothingElse)
{
    const IssuedTicket issued = danceTicket();
    const QString before = everythingButTheOutbox();
    const qint64 outbox = count("SELECT count(*) FROM outbox");
    const QStringList scans{ QStringLiteral("garbage"), issued.text.left(50), issued.text, // not yet valid
        QStringLiteral("LT1:") + QString(400, u'A') };
    for (const QString &scan : scans)
        EXPECT_FALSE(office->checkIn(scan, danceDoor).accepted());
    EXPECT_FALSE(office->checkInCode(QStringLiteral("ABCDE FGHJK"), danceDoor).accepted());
    EXPECT_EQ(everythingButTheOutbox(), before);
    EXPECT_EQ(count("SELECT count(*) FROM outbox"), outbox + 5);
    // The scanned text itself never leaves the kiosk: a scanner may read anything.
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE payload LIKE '%garbage%'"), 0);
    EXPECT_EQ(lastOutbox("ticket.scan_failed").value(u"result").toString(), QStringLiteral("code_mistyped"));

    // inspect writes nothing at all.
    EXPECT_EQ(office->inspect(QStringLiteral("garbage")).status, TicketStatus::NotATicket);
    EXPECT_EQ(count("SELECT count(*) FROM outbox"), outbox + 5);
}

TEST_F(CheckInTest, EveryResultHasItsOwnWordsInBothLanguages)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(local("2026-11-23T14:50:00"), zone);
    const std::vector<linli::LocalizedText> messages{ reasons::admitted(), reasons::notATicket(),
        reasons::damaged(), reasons::unsupportedVersion(2), reasons::otherHall(), reasons::unknownKey(),
        reasons::badSignature(), reasons::notYetValid(at), reasons::expired(at), reasons::revoked(),
        reasons::alreadyUsed(at, at.date(), danceDoor.placeName), reasons::clockImplausible(at),
        reasons::clockBehindTicket(at, at), reasons::codeMistyped(), reasons::codeUnknown(),
        reasons::cannotSave() };
    std::set<QString> zh, en;
    for (const linli::LocalizedText &m : messages) {
        EXPECT_FALSE(m.zh.isEmpty());
        EXPECT_FALSE(m.en.isEmpty());
        zh.insert(m.zh);
        en.insert(m.en);
    }
    EXPECT_EQ(zh.size(), messages.size());
    EXPECT_EQ(en.size(), messages.size());
}
