#include "central_harness.h"
#include "residents/pin_hash.h"
#include "store/central_store.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace linli;
using namespace linli::test;

namespace {

QJsonDocument readJson(const QString &file)
{
    QFile f(file);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll());
}

void writeJson(const QString &file, const QJsonDocument &doc)
{
    QFile f(file);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(doc.toJson());
}

// A room no other record names, so removing it leaves the content valid.
QString unreferencedRoom(const QString &dir)
{
    QString others;
    for (const char *file :
        { "events.json", "services.json", "canteen.json", "hall.json", "facilities.json" }) {
        QFile f(dir + u'/' + QLatin1String(file));
        f.open(QIODevice::ReadOnly);
        others += QString::fromUtf8(f.readAll());
    }
    for (const QJsonValue &room : readJson(dir + QStringLiteral("/rooms.json")).array()) {
        const QString id = room.toObject().value(QLatin1String("id")).toString();
        if (!others.contains(u'"' + id + u'"'))
            return id;
    }
    return {};
}

std::map<std::string, int> countByCollection(const v1::SyncResponse &r)
{
    std::map<std::string, int> out;
    for (const v1::Change &c : r.changes())
        ++out[c.collection()];
    return out;
}

} // namespace

TEST(CentralCatalog, AFirstSyncGetsTheWholeHallInOrder)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const v1::SyncResponse r = kiosk.sync(kiosk.request());
    const auto counts = countByCollection(r);
    EXPECT_EQ(counts.at("hall"), 1);
    EXPECT_EQ(counts.at("rooms"),
        static_cast<int>(readJson(QStringLiteral(LINLI_DEMO_DIR "/rooms.json")).array().size()));
    EXPECT_EQ(counts.at("events"),
        static_cast<int>(readJson(QStringLiteral(LINLI_DEMO_DIR "/events.json")).array().size()));
    EXPECT_EQ(counts.at("canteen"), 1);
    EXPECT_GT(counts.at("residents"), 0);
    EXPECT_GT(counts.at("kiosk_keys"), 0);
    EXPECT_FALSE(r.more());
    quint64 previous = 0;
    for (const v1::Change &c : r.changes()) {
        EXPECT_GT(c.seq(), previous);
        previous = c.seq();
        EXPECT_TRUE(QJsonDocument::fromJson(QByteArray::fromStdString(c.record())).isObject()) << c.id();
        EXPECT_EQ(c.record().find("demo_seed"), std::string::npos) << "a private seed left the server";
    }
    EXPECT_EQ(r.cursor(), previous);
    // Nothing changed since: an idle sync is small.
    const v1::SyncResponse idle = kiosk.sync(kiosk.request({}, r.cursor()));
    EXPECT_EQ(idle.changes_size(), 0);
    EXPECT_EQ(idle.cursor(), r.cursor());
    EXPECT_LE(serialized(idle).size(), 512);
}

TEST(CentralCatalog, ReimportSendsOnlyWhatChangedAndARemovedRoomAsATombstone)
{
    TempDir dir;
    copyDemoContent(dir.path());
    CentralProcess central(dir.path());
    TestKiosk kiosk(central);
    const quint64 cursor = kiosk.sync(kiosk.request()).cursor();

    const QString gone = unreferencedRoom(dir.path());
    ASSERT_FALSE(gone.isEmpty());
    QJsonArray rooms = readJson(dir.file(QStringLiteral("rooms.json"))).array();
    for (qsizetype i = rooms.size() - 1; i >= 0; --i)
        if (rooms[i].toObject().value(QLatin1String("id")).toString() == gone)
            rooms.removeAt(i);
    writeJson(dir.file(QStringLiteral("rooms.json")), QJsonDocument(rooms));
    QJsonArray notices = readJson(dir.file(QStringLiteral("notices.json"))).array();
    QJsonObject first = notices[0].toObject();
    first.insert(QStringLiteral("title"),
        QJsonObject{ { QStringLiteral("zh"), QStringLiteral("新标题") },
            { QStringLiteral("en"), QStringLiteral("New title") } });
    notices[0] = first;
    writeJson(dir.file(QStringLiteral("notices.json")), QJsonDocument(notices));

    const CommandRun again = runCentral(central.db(), { QStringLiteral("import"), dir.path() });
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("1 changed, 1 removed"))) << again.out.toStdString();

    const v1::SyncResponse delta = kiosk.sync(kiosk.request({}, cursor));
    ASSERT_EQ(delta.changes_size(), 2);
    EXPECT_EQ(delta.changes(0).collection(), "notices");
    EXPECT_NE(delta.changes(0).record().find("New title"), std::string::npos);
    EXPECT_EQ(delta.changes(1).collection(), "rooms");
    EXPECT_EQ(QString::fromStdString(delta.changes(1).id()), gone);
    EXPECT_TRUE(delta.changes(1).deleted());
    EXPECT_TRUE(delta.changes(1).record().empty());
}

TEST(CentralCatalog, ABadRecordRefusesTheWholeImportInBothLanguages)
{
    TempDir dir;
    copyDemoContent(dir.path());
    CentralProcess central(dir.path());
    const auto before = central.store().catalog(QStringLiteral("hall-changzhengqiao"));

    QJsonArray notices = readJson(dir.file(QStringLiteral("notices.json"))).array();
    notices.append(QJsonObject{ { QStringLiteral("id"), QStringLiteral("ntc-new") } }); // would be new
    writeJson(dir.file(QStringLiteral("notices.json")), QJsonDocument(notices));
    QJsonArray events = readJson(dir.file(QStringLiteral("events.json"))).array();
    QJsonObject lost = events[0].toObject();
    lost.insert(QStringLiteral("room_id"), QStringLiteral("room-nowhere"));
    events[0] = lost;
    writeJson(dir.file(QStringLiteral("events.json")), QJsonDocument(events));

    const CommandRun refused = runCentral(central.db(), { QStringLiteral("import"), dir.path() });
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("导入被拒绝"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Import refused, nothing changed")))
        << refused.err.toStdString();
    const auto after = central.store().catalog(QStringLiteral("hall-changzhengqiao"));
    ASSERT_EQ(after.size(), before.size());
    for (size_t i = 0; i < after.size(); ++i)
        EXPECT_EQ(after[i].json, before[i].json);
}

// Every byte the central stores for a database (the file and its write-ahead log).
QByteArray databaseBytes(const QString &db)
{
    QByteArray all;
    for (const QString &file : { db, db + QStringLiteral("-wal") }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

TEST(CentralCatalog, ResidentsPinsOnlyEverTravelAndRestAsHashesAndAReimportChangesNothing)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const v1::SyncResponse r = kiosk.sync(kiosk.request());
    const QByteArray wire = serialized(r);
    const QByteArray stored = databaseBytes(central.db());
    const QJsonArray people = readJson(QStringLiteral(LINLI_DEMO_DIR "/residents.json")).array();
    std::map<std::string, QString> pins;
    for (const QJsonValue &v : people) {
        const QString pin = v.toObject().value(QLatin1String("pin")).toString();
        ASSERT_FALSE(pin.isEmpty());
        pins[v.toObject().value(QLatin1String("id")).toString().toStdString()] = pin;
        const QByteArray quoted = '"' + pin.toUtf8() + '"';
        EXPECT_FALSE(wire.contains(quoted)) << "PIN " << pin.toStdString() << " on the wire";
        EXPECT_FALSE(stored.contains(quoted)) << "PIN " << pin.toStdString() << " in the central database";
    }
    EXPECT_FALSE(wire.contains("\"pin\""));
    EXPECT_FALSE(stored.contains("\"pin\""));
    int hashed = 0;
    for (const v1::Change &c : r.changes()) {
        if (c.collection() != "residents")
            continue;
        const QJsonObject record = QJsonDocument::fromJson(QByteArray::fromStdString(c.record())).object();
        const QString hash = record.value(QLatin1String("pin_hash")).toString();
        EXPECT_TRUE(hash.startsWith(QLatin1String("$argon2id$"))) << c.id();
        EXPECT_TRUE(residents::verifyPin(pins.at(c.id()), hash)) << c.id() << ": the kiosk can check it";
        ++hashed;
    }
    EXPECT_EQ(hashed, static_cast<int>(people.size()));

    const CommandRun again = runCentral(central.db(), { QStringLiteral("import"), central.contentDir() });
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 added, 0 changed, 0 removed")))
        << again.out.toStdString();
    EXPECT_EQ(kiosk.sync(kiosk.request({}, r.cursor())).changes_size(), 0) << "an unchanged PIN is no change";
}

TEST(CentralCatalog, ANewPinIsANewHashThatOnlyItVerifies)
{
    TempDir dir;
    copyDemoContent(dir.path());
    CentralProcess central(dir.path());
    TestKiosk kiosk(central);
    const quint64 cursor = kiosk.sync(kiosk.request()).cursor();
    QJsonArray people = readJson(dir.file(QStringLiteral("residents.json"))).array();
    QJsonObject first = people[0].toObject();
    const QString oldPin = first.value(QLatin1String("pin")).toString();
    first.insert(QStringLiteral("pin"), QStringLiteral("975310"));
    people[0] = first;
    writeJson(dir.file(QStringLiteral("residents.json")), QJsonDocument(people));

    const CommandRun again = runCentral(central.db(), { QStringLiteral("import"), dir.path() });
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 added, 1 changed, 0 removed")))
        << again.out.toStdString();
    const v1::SyncResponse delta = kiosk.sync(kiosk.request({}, cursor));
    ASSERT_EQ(delta.changes_size(), 1);
    EXPECT_EQ(delta.changes(0).collection(), "residents");
    EXPECT_EQ(QString::fromStdString(delta.changes(0).id()), first.value(QLatin1String("id")).toString());
    const QString hash = QJsonDocument::fromJson(QByteArray::fromStdString(delta.changes(0).record()))
                             .object()
                             .value(QLatin1String("pin_hash"))
                             .toString();
    EXPECT_TRUE(residents::verifyPin(QStringLiteral("975310"), hash));
    EXPECT_FALSE(residents::verifyPin(oldPin, hash));
    EXPECT_EQ(delta.changes(0).record().find("975310"), std::string::npos);
}

TEST(CentralCatalog, MoreThanAThousandChangesComeInPages)
{
    TempDir dir;
    copyDemoContent(dir.path());
    QJsonArray notices = readJson(dir.file(QStringLiteral("notices.json"))).array();
    const QJsonObject model = notices[0].toObject();
    for (int i = 0; i < 1200; ++i) {
        QJsonObject n = model;
        n.insert(QStringLiteral("id"), QStringLiteral("ntc-bulk-%1").arg(i));
        notices.append(n);
    }
    writeJson(dir.file(QStringLiteral("notices.json")), QJsonDocument(notices));
    CentralProcess central(dir.path());
    TestKiosk kiosk(central);
    const v1::SyncResponse page1 = kiosk.sync(kiosk.request());
    EXPECT_EQ(page1.changes_size(), 1000);
    EXPECT_TRUE(page1.more());
    const v1::SyncResponse page2 = kiosk.sync(kiosk.request({}, page1.cursor()));
    EXPECT_FALSE(page2.more());
    EXPECT_GT(page2.changes_size(), 200);
    EXPECT_GT(page2.changes(0).seq(), page1.cursor());
}

TEST(CentralCatalog, ARevokedTicketReachesTheHallsOtherKiosks)
{
    CentralProcess central;
    TestKiosk a(central), b(central);
    const quint64 cursor = b.sync(b.request()).cursor();
    a.sync(a.request({ a.event(QStringLiteral("ticket.revoked"),
        R"({"ticket_id": "00112233445566778899aabbccddeeff", "reason": "cancelled"})") }));
    const v1::SyncResponse r = b.sync(b.request({}, cursor));
    ASSERT_EQ(r.changes_size(), 1);
    EXPECT_EQ(r.changes(0).collection(), "revoked_tickets");
    EXPECT_EQ(r.changes(0).id(), "00112233445566778899aabbccddeeff");
    EXPECT_NE(r.changes(0).record().find("\"ticket_id\""), std::string::npos);
}

TEST(CentralCatalog, AKioskGetsOnlyItsOwnHallsRecords)
{
    TempDir other;
    copyDemoContent(other.path());
    QJsonObject hall = readJson(other.file(QStringLiteral("hall.json"))).object();
    hall.insert(QStringLiteral("id"), QStringLiteral("hall-other"));
    writeJson(other.file(QStringLiteral("hall.json")), QJsonDocument(hall));
    CentralProcess central;
    ASSERT_EQ(runCentral(central.db(), { QStringLiteral("import"), other.path() }).exitCode, 0);
    TestKiosk here(central); // enrolled in hall-changzhengqiao
    v1::EnrolRequest enrol;
    enrol.set_schema_version(1);
    enrol.set_code(central.enrolmentCode(QStringLiteral("hall-other")).toStdString());
    enrol.set_ticket_public_key(std::string(32, '\x09'));
    const HttpReply reply = post(central.port(), "/v1/enrol", serialized(enrol));
    ASSERT_EQ(reply.status, 200);
    v1::EnrolResponse there;
    ASSERT_TRUE(there.ParseFromArray(reply.body.constData(), static_cast<int>(reply.body.size())));
    EXPECT_EQ(there.hall_id(), "hall-other");

    const v1::SyncResponse r = here.sync(here.request());
    for (const v1::Change &c : r.changes()) {
        EXPECT_NE(c.id(), "hall-other");
        EXPECT_NE(c.id(), there.kiosk_id()) << "another hall's kiosk key";
    }
    EXPECT_EQ(countByCollection(r).at("hall"), 1);
    EXPECT_EQ(countByCollection(r).at("residents"),
        static_cast<int>(readJson(QStringLiteral(LINLI_DEMO_DIR "/residents.json")).array().size()));
}

// A resident waits at the kiosk for a confirm_now answer: it carries only a short pull and says
// more waits; the next requests bring the rest from where it stopped, nothing skipped.
TEST(CentralCatalog, AConfirmNowReplyCarriesAShortPullAndTheRestFollows)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    TestKiosk other(central); // enrolled first: its key is one of the changes both see
    v1::SyncRequest urgent = kiosk.request();
    urgent.set_confirm_now(true);
    const v1::SyncResponse first = kiosk.sync(urgent);
    ASSERT_TRUE(first.more()) << "the demo hall has more than a short pull's worth of records";
    EXPECT_LE(first.changes_size(), 50);
    int total = first.changes_size();
    quint64 cursor = first.cursor();
    for (int i = 0; i < 10; ++i) {
        const v1::SyncResponse next = kiosk.sync(kiosk.request({}, cursor));
        total += next.changes_size();
        cursor = next.cursor();
        if (!next.more())
            break;
    }
    const v1::SyncResponse whole = other.sync(other.request());
    EXPECT_EQ(total, whole.changes_size()) << "the short pull skipped nothing";
}
