// The kiosk's signing key: made on first start in a file only its own user can read, the
// same key on every later start, refused (kiosk out of service, saying what to do) when the
// file is open to others, owned by another user, damaged or not a plain file. And the hall's
// public keys: the demo kiosks' keys agree with the demo content, and a second kiosk with only
// the public keys checks the first one's tickets.
#include "content/content_error.h"
#include "ticket_fixture.h"
#include "tickets/key_file.h"
#include "tickets/key_registry.h"
#include "tickets/reasons.h"

#include <QDir>
#include <QFile>
#include <sys/stat.h>
#include <unistd.h>

using namespace linli::tickets;
using namespace linli::tickets::test;
using linli::startup::DatabaseSetup;
using linli::startup::openKioskDatabase;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate);

uint modeOf(const QString &path)
{
    struct stat st { };
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 0777;
}

DatabaseSetup setupFor(
    const QString &dataDir, const char *kioskId, const QString &content = QStringLiteral(LINLI_DEMO_DIR))
{
    DatabaseSetup setup;
    setup.dataDir = dataDir;
    setup.contentDir = content;
    setup.kioskId = QString::fromLatin1(kioskId);
    setup.pinCost = linli::residents::PinCost::Cheap;
    return setup;
}

// The demo folder copied to `into`, with kiosks.json replaced by `kiosksJson`.
QString demoWithKiosks(const linli::test::TempDir &into, const QByteArray &kiosksJson)
{
    const QDir demo(QStringLiteral(LINLI_DEMO_DIR));
    for (const QString &name : demo.entryList({ QStringLiteral("*.json") }, QDir::Files))
        QFile::copy(demo.filePath(name), into.file(name));
    // The canteen's dish pictures are content too: the canteen refuses a menu without them.
    const QDir pictures(demo.filePath(QStringLiteral("pictures")));
    QDir(into.path()).mkdir(QStringLiteral("pictures"));
    for (const QString &name : pictures.entryList(QDir::Files))
        QFile::copy(pictures.filePath(name), into.file(QStringLiteral("pictures/") + name));
    QFile f(into.file(QStringLiteral("kiosks.json")));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(kiosksJson);
    return into.path();
}

} // namespace

TEST(KioskKeyFile, MadeOnFirstStartReadableOnlyByItsUserAndTheSameKeyAfter)
{
    linli::test::TempDir dir;
    const QString path = dir.file(keyFileName());
    const KeyFile first = openOrCreateKeyFile(path);
    ASSERT_TRUE(first.key) << first.problem.en.toStdString();
    EXPECT_TRUE(first.created);
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_EQ(QFileInfo(path).size(), 32);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".new")));
    const KeyFile again = openOrCreateKeyFile(path);
    ASSERT_TRUE(again.key);
    EXPECT_FALSE(again.created);
    EXPECT_EQ(again.key->publicKey(), first.key->publicKey());
    const QByteArray message("a ticket body");
    EXPECT_TRUE(verifySignature(first.key->publicKey(), message, again.key->sign(message)));

    linli::test::TempDir other;
    EXPECT_NE(openOrCreateKeyFile(other.file(keyFileName())).key->publicKey(), first.key->publicKey())
        << "every kiosk its own key";
}

TEST(KioskKeyFile, ReadOnlyForItsUserIsFineOpenToOthersIsRefused)
{
    linli::test::TempDir dir;
    const QString path = dir.file(keyFileName());
    ASSERT_TRUE(openOrCreateKeyFile(path).key);
    ::chmod(QFile::encodeName(path).constData(), 0400);
    EXPECT_TRUE(openOrCreateKeyFile(path).key);
    for (const uint mode : { 0644u, 0640u, 0604u, 0620u, 0602u }) {
        ::chmod(QFile::encodeName(path).constData(), mode);
        const KeyFile opened = openOrCreateKeyFile(path);
        EXPECT_FALSE(opened.key) << std::oct << mode;
        EXPECT_EQ(opened.problem, reasons::keyFileOpenToOthers(path, mode));
        EXPECT_TRUE(opened.problem.en.contains(QStringLiteral("chmod 600 ") + path));
        EXPECT_TRUE(opened.problem.zh.contains(QStringLiteral("chmod 600 ") + path));
    }
}

TEST(KioskKeyFile, DamagedLinkedDirectoriesAndOtherUsersKeysAreRefused)
{
    linli::test::TempDir dir;
    const QString path = dir.file(keyFileName());
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("short");
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    EXPECT_EQ(openOrCreateKeyFile(path).problem, reasons::keyFileDamaged(path, 5));

    linli::test::TempDir elsewhere;
    const QString real = elsewhere.file(QStringLiteral("real.key"));
    ASSERT_TRUE(openOrCreateKeyFile(real).key);
    const QString linked = dir.file(QStringLiteral("linked.key"));
    ASSERT_TRUE(QFile::link(real, linked));
    EXPECT_EQ(openOrCreateKeyFile(linked).problem, reasons::keyFileNotPlain(linked));
    const QString directory = dir.file(QStringLiteral("a-directory"));
    ASSERT_TRUE(QDir().mkdir(directory));
    EXPECT_EQ(openOrCreateKeyFile(directory).problem, reasons::keyFileNotPlain(directory));

    if (::geteuid() != 0)
        GTEST_SKIP() << "giving a file to another user needs root";
    ASSERT_EQ(::chown(QFile::encodeName(real).constData(), 65534, 65534), 0);
    EXPECT_EQ(openOrCreateKeyFile(real).problem, reasons::keyFileOtherOwner(real, 65534, 0));
}

TEST(KioskKeyFile, AKeyThatCannotBeMadeSaysSo)
{
    linli::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("no-such-directory/") + keyFileName());
    const KeyFile opened = openOrCreateKeyFile(path);
    EXPECT_FALSE(opened.key);
    EXPECT_TRUE(opened.problem.en.startsWith(QStringLiteral("Cannot make the ticket signing key ") + path))
        << opened.problem.en.toStdString();
}

TEST(KioskStart, AKeyFileOthersCanReadPutsTheKioskOutOfServiceWithTheReason)
{
    linli::test::TempDir dir;
    ASSERT_TRUE(openKioskDatabase(setupFor(dir.path(), "demo-kiosk-01"), kNow).ok());
    const QString keyPath = QDir(dir.path()).filePath(keyFileName());
    ::chmod(QFile::encodeName(keyPath).constData(), 0644);
    const auto opened = openKioskDatabase(setupFor(dir.path(), "demo-kiosk-01"), kNow);
    EXPECT_FALSE(opened.ok());
    EXPECT_FALSE(opened.ticketKey);
    EXPECT_EQ(opened.outOfServiceReason, reasons::keyFileOpenToOthers(keyPath, 0644));
    ::chmod(QFile::encodeName(keyPath).constData(), 0600);
    EXPECT_TRUE(openKioskDatabase(setupFor(dir.path(), "demo-kiosk-01"), kNow).ok());
}

TEST(KioskStart, TheDemoKiosksKeysAgreeWithTheDemoContent)
{
    linli::test::TempDir dir;
    auto opened = openKioskDatabase(setupFor(dir.path(), "demo-kiosk-01"), kNow);
    ASSERT_TRUE(opened.ok()) << opened.outOfServiceReason.en.toStdString();
    auto &db = *opened.database;
    EXPECT_EQ(
        linli::storage::test::queryInt(db, "SELECT count(*) FROM ticket_key WHERE origin = 'content'"), 2);
    EXPECT_EQ(publicKeyOf(db, opened.ticketKey->keyId()), opened.ticketKey->publicKey())
        << "the key made on first start is the one kiosks.json lists for demo-kiosk-01";
    EXPECT_EQ(
        linli::storage::test::queryText(db,
            "SELECT kiosk_id FROM ticket_key WHERE key_id = " + std::to_string(opened.ticketKey->keyId())),
        QStringLiteral("demo-kiosk-01"));

    // A kiosk the demo content does not list makes a random key and knows its own.
    linli::test::TempDir newDir;
    auto newcomer = openKioskDatabase(setupFor(newDir.path(), "kiosk-77"), kNow);
    ASSERT_TRUE(newcomer.ok());
    EXPECT_EQ(publicKeyOf(*newcomer.database, newcomer.ticketKey->keyId()), newcomer.ticketKey->publicKey());
    EXPECT_EQ(linli::storage::test::queryText(
                  *newcomer.database, "SELECT origin FROM ticket_key WHERE kiosk_id = 'kiosk-77'"),
        QStringLiteral("own"));
    EXPECT_EQ(publicKeyOf(db, newcomer.ticketKey->keyId()), std::nullopt) << "until sync brings it";
}

TEST(KioskStart, ASecondKioskWithOnlyThePublicKeysChecksTheFirstOnesTicketOffline)
{
    linli::test::TempDir lobbyDir, doorDir, strangerDir;
    linli::ManualClock clock(kNow);
    auto lobby = openKioskDatabase(setupFor(lobbyDir.path(), "demo-kiosk-01"), kNow);
    auto door = openKioskDatabase(setupFor(doorDir.path(), "demo-kiosk-02"), kNow);
    auto stranger = openKioskDatabase(setupFor(strangerDir.path(), "kiosk-77"), kNow);
    ASSERT_TRUE(lobby.ok() && door.ok() && stranger.ok());
    const QTimeZone zone = linli::information::loadHall(*lobby.database)->timeZone;
    linli::booking::RoomBooking rooms(*lobby.database, clock, linli::HallTime(zone));
    const qint64 monday3pm = kNow.toSecsSinceEpoch() + 29 * 3600; // Sunday 10:00 + 29 h, Shanghai
    const QString bookingId = rooms.book(kMing, kDance, monday3pm).value.id;
    TicketOffice lobbyOffice(*lobby.database, clock, *lobby.ticketKey, QStringLiteral("demo-kiosk-01"));
    const auto issued = lobbyOffice.ticketForBooking(bookingId);
    ASSERT_TRUE(issued.ok) << issued.reason.en.toStdString();

    clock.set(QDateTime::fromSecsSinceEpoch(issued.value.ticket.validFromUtc + 60, Qt::UTC));
    TicketOffice doorOffice(*door.database, clock, *door.ticketKey, QStringLiteral("demo-kiosk-02"));
    const CheckInPoint doorPoint{ kDance, { QStringLiteral("舞蹈室"), QStringLiteral("the Dance Room") } };
    const ScanResult atTheDoor = doorOffice.checkIn(issued.value.text, doorPoint);
    EXPECT_EQ(atTheDoor.status, TicketStatus::Accepted) << atTheDoor.message.en.toStdString();
    EXPECT_FALSE(atTheDoor.source) << "the door kiosk did not issue it";
    EXPECT_EQ(doorOffice.checkIn(issued.value.text, doorPoint).status, TicketStatus::AlreadyUsed);
    EXPECT_EQ(doorOffice.checkInCode(issued.value.code, doorPoint).status, TicketStatus::CodeUnknown)
        << "a human code needs the issued ticket, which comes with sync";

    TicketOffice strangerOffice(*stranger.database, clock, *stranger.ticketKey, QStringLiteral("kiosk-77"));
    const auto theirs = strangerOffice.ticketForBooking(
        linli::booking::RoomBooking(*stranger.database, clock, linli::HallTime(zone))
            .book(kMing, kDance, issued.value.ticket.validFromUtc + 900 + 7 * 86400)
            .value.id);
    ASSERT_TRUE(theirs.ok);
    EXPECT_EQ(doorOffice.inspect(theirs.value.text).status, TicketStatus::UnknownKey);
}

TEST(KioskStart, KiosksJsonIsCheckedLikeAllContent)
{
    const QByteArray seedOfAnother = R"([{"id": "demo-kiosk-01",
        "public_key": "QMv/xdvFTs73yvx6pwb/pS0WN7ptBcfvfta6fx89jvo=",
        "demo_seed": "6dbe1576b08d7ed7bc44928cabad74bab1add7f9df01b39991f2caeec5837178"}])";
    const QByteArray shortKey = R"([{"id": "k1", "public_key": "AAAA"}])";
    const QByteArray twice = R"([{"id": "k1", "public_key": "QMv/xdvFTs73yvx6pwb/pS0WN7ptBcfvfta6fx89jvo="},
        {"id": "k2", "public_key": "QMv/xdvFTs73yvx6pwb/pS0WN7ptBcfvfta6fx89jvo="}])";
    const QByteArray badSeed = R"([{"id": "k1", "public_key": "QMv/xdvFTs73yvx6pwb/pS0WN7ptBcfvfta6fx89jvo=",
        "demo_seed": "not hex"}])";
    for (const QByteArray &json : { seedOfAnother, shortKey, twice, badSeed }) {
        linli::test::TempDir content, data;
        const auto opened
            = openKioskDatabase(setupFor(data.path(), "demo-kiosk-01", demoWithKiosks(content, json)), kNow);
        EXPECT_FALSE(opened.ok()) << json.toStdString();
        EXPECT_TRUE(opened.outOfServiceReason.en.contains(QLatin1String("kiosks.json")))
            << opened.outOfServiceReason.en.toStdString();
    }
}
