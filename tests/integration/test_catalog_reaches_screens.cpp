// What the central imports reaches the kiosk's screens without a restart (issue #12: "a notice
// imported at the central appears on the kiosk within a minute"): the kiosk's backends wired as
// linli-kiosk wires them (addCapabilities, with the real SyncBackend and its engine) against a
// REAL linli-central on loopback; after one sync the models the screens show hold the new
// notice, activity and room name, and a search finds the notice.
#include "../central/central_harness.h"
#include "capabilities.h"
#include "catalog_facade.h"
#include "config/kiosk_config.h"
#include "core/clock_trust.h"
#include "core/scheduler.h"
#include "facility_controller.h"
#include "hall_clock.h"
#include "kiosk.h"
#include "kiosk_under_test.h"
#include "language_controller.h"
#include "resident_session.h"
#include "rooms_controller.h"
#include "sync_backend.h"

#include <chrono>
#include <functional>
#include <gtest/gtest.h>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace linli::test {
namespace {

QJsonObject both(const char *zh, const char *en)
{
    return { { QStringLiteral("zh"), QString::fromUtf8(zh) },
        { QStringLiteral("en"), QString::fromUtf8(en) } };
}

// The ids (or another role) of a list model's rows, as a delegate reads them.
QStringList column(const QAbstractItemModel &model, const char *role)
{
    const int key = model.roleNames().key(role, -1);
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(key).toString();
    return values;
}

// The kiosk's root object and backends as main.cpp builds them, on KioskUnderTest's database
// and data directory, syncing with `serverUrl`.
class WiredKiosk {
public:
    WiredKiosk(KioskUnderTest &under, const QString &serverUrl)
        : scheduler(under.clock)
        , session(&*under.db, under.clock, under.zone, language, 90)
    {
        language.setLanguage(Language::English);
        config.syncServerUrl = serverUrl;
        Kiosk::Parts parts;
        parts.hall = information::loadHall(*under.db);
        parts.language = &language;
        parts.session = &session;
        parts.clock = new HallClock(under.clock, under.zone, language, &owner);
        parts.urgentNotices = new NoticeListModel(
            &*under.db, under.clock, language, information::NoticePriority::Urgent, &owner);
        kiosk = std::make_unique<Kiosk>(std::move(parts));
        KioskContext context{ &*under.db, &under.clock, under.zone, &language, &session, &scheduler,
            QStringLiteral(LINLI_DEMO_DIR), &*under.key, QStringLiteral("kiosk-test") };
        context.dataDir = under.dir.path();
        context.config = &config;
        addCapabilities(*kiosk, context);
    }

    Catalog &catalog() const { return *kiosk->backend<Catalog>(QStringLiteral("information")); }
    SyncBackend &sync() const { return *kiosk->backend<SyncBackend>(QStringLiteral("sync")); }

    // One exchange now, as the engine's schedule would start it; true when it succeeded.
    bool syncNow()
    {
        QEventLoop loop;
        bool ok = false, finished = false;
        auto c = QObject::connect(
            sync().engine(), &sync::SyncEngine::exchangeFinished, &loop, [&](bool success) {
                ok = success;
                finished = true;
                loop.quit();
            });
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        sync().engine()->syncNow();
        if (!finished)
            loop.exec();
        QObject::disconnect(c);
        EXPECT_TRUE(finished) << "no answer within 15 s";
        return ok;
    }

    QObject owner;
    LanguageController language;
    Scheduler scheduler;
    ResidentSession session;
    config::KioskConfig config;
    std::unique_ptr<Kiosk> kiosk;
};

TEST(CatalogReachesScreens, ANoticeActivityAndRoomImportedAtTheCentralShowAfterOneSyncWithoutARestart)
{
    TempDir content;
    copyDemoContent(content.path());
    CentralProcess central(content.path());
    KioskUnderTest under;
    ASSERT_TRUE(under.enrol(central.port(), central.enrolmentCode()))
        << under.lastEnrolMessage.en.toStdString();
    WiredKiosk wired(under, QStringLiteral("http://127.0.0.1:%1").arg(central.port()));
    ASSERT_TRUE(wired.sync().enabled());
    ASSERT_TRUE(wired.syncNow()) << wired.sync().stateText().toStdString(); // the hall as the central has it

    // The screens as a resident left them: the notices page, the activities of the week, a
    // search typed in, the booking screen's rooms.
    Catalog &catalog = wired.catalog();
    catalog.search()->setQuery(QStringLiteral("boiler"));
    RoomsController rooms;
    rooms.setBooking(wired.kiosk->backend<BookingBackend>(QStringLiteral("booking")));
    rooms.componentComplete();
    auto roomName = [&rooms](const char *id) {
        for (int i = 0; i < rooms.rooms()->rowCount(); ++i)
            if (rooms.rooms()->at<RoomTodayRow>(i).roomId == QLatin1String(id))
                return rooms.rooms()->at<RoomTodayRow>(i).name;
        return QString();
    };
    auto eventIds = [&catalog] {
        QStringList ids;
        for (int i = 0; i < catalog.events()->rowCount(); ++i)
            ids << catalog.events()->at<EventRow>(i).eventId;
        return ids;
    };
    ASSERT_FALSE(column(*catalog.notices(), "noticeId").contains(QStringLiteral("ntc-boiler")));
    ASSERT_FALSE(column(*wired.kiosk->urgentNotices(), "noticeId").contains(QStringLiteral("ntc-boiler")));
    ASSERT_FALSE(eventIds().contains(QStringLiteral("evt-from-central")));
    ASSERT_EQ(catalog.search()->rowCount(), 0);
    FacilityController danceRoom; // its page in the facilities guide, left open
    danceRoom.setInformation(&catalog);
    danceRoom.setPlaceId(QStringLiteral("room-dance"));
    danceRoom.componentComplete();
    ASSERT_EQ(roomName("room-dance"), QStringLiteral("Dance Room"));
    ASSERT_EQ(danceRoom.place().name, QStringLiteral("Dance Room"));

    editList(content.path(), "notices.json", [](QJsonArray &notices) {
        notices.append(QJsonObject{ { QStringLiteral("id"), QStringLiteral("ntc-boiler") },
            { QStringLiteral("priority"), QStringLiteral("urgent") },
            { QStringLiteral("title"), both("锅炉检修，今天无热水", "Boiler repair: no hot water today") },
            { QStringLiteral("body"),
                both("锅炉今天检修，下午五点前没有热水。",
                    "The boiler is being repaired; hot water is back by 5 pm.") },
            { QStringLiteral("valid_from_offset_days"), 0 }, { QStringLiteral("valid_days"), 2 } });
    });
    editList(content.path(), "events.json", [](QJsonArray &events) {
        events.append(QJsonObject{ { QStringLiteral("id"), QStringLiteral("evt-from-central") },
            { QStringLiteral("kind"), QStringLiteral("class") },
            { QStringLiteral("title"), both("剪纸体验课", "Paper-cutting taster") },
            { QStringLiteral("description"), both("跟老师学剪窗花。", "Learn to cut window flowers.") },
            { QStringLiteral("room_id"), QStringLiteral("room-activity") },
            { QStringLiteral("place"), both("二楼活动室", "Activity Room, 2F") },
            { QStringLiteral("host"), both("社区文化站", "Community culture station") },
            { QStringLiteral("audience"), both("所有居民", "All residents") },
            { QStringLiteral("day_offset"), 1 }, { QStringLiteral("start"), QStringLiteral("10:00") },
            { QStringLiteral("minutes"), 90 }, { QStringLiteral("capacity"), 0 } });
    });
    editList(content.path(), "rooms.json", [](QJsonArray &list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject room = list[i].toObject();
            if (room.value(QStringLiteral("id")).toString() == u"room-dance") {
                room.insert(QStringLiteral("name"), both("舞蹈室（新装修）", "Dance Room (refurbished)"));
                list[i] = room;
            }
        }
    });
    const CommandRun imported = runCentral(central.db(), { QStringLiteral("import"), content.path() });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    ASSERT_TRUE(wired.syncNow()) << wired.sync().stateText().toStdString();
    EXPECT_TRUE(column(*catalog.notices(), "noticeId").contains(QStringLiteral("ntc-boiler")))
        << "the notices page shows it";
    EXPECT_TRUE(
        column(*catalog.notices(), "title").contains(QStringLiteral("Boiler repair: no hot water today")));
    EXPECT_TRUE(column(*wired.kiosk->urgentNotices(), "noticeId").contains(QStringLiteral("ntc-boiler")))
        << "so does the home page's urgent strip";
    EXPECT_TRUE(eventIds().contains(QStringLiteral("evt-from-central"))) << "the activities of the week";
    ASSERT_GT(catalog.search()->rowCount(), 0) << "the search index has it";
    EXPECT_EQ(catalog.search()->at<SearchRow>(0).refId, QStringLiteral("ntc-boiler"));
    EXPECT_EQ(roomName("room-dance"), QStringLiteral("Dance Room (refurbished)"))
        << "the booking screen's rooms";
    EXPECT_EQ(danceRoom.place().name, QStringLiteral("Dance Room (refurbished)")) << "the open room page";
    // Without a tap it would have come at the next scheduled sync: within the minute.
    EXPECT_LE(wired.sync().engine()->nextDelay(), std::chrono::minutes(1));
    clock_trust::setServerOffsetMs(0);
}

} // namespace
} // namespace linli::test
