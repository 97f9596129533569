// The attract loop's backend (app/attract) on the demo hall with the kiosk's clock stopped and
// moved by hand: it plays only once the home screen has been left untouched for after_secs,
// a touch or a resident ends it, a missing or broken file gives the built-in slide, the part of
// the day picks what plays, and the sounds keep the quiet hours.
#include "attract_backend.h"
#include "attract_slide.h"
#include "language_controller.h"
#include "resident_session.h"
#include "unit/booking/booking_fixture.h"

#include <QFile>
#include <QImage>

using linli::booking::test::BookingFixture;

namespace {

class AttractAppTest : public BookingFixture {
protected:
    AttractAppTest()
    {
        language.select(QStringLiteral("en"));
        session = std::make_unique<ResidentSession>(&*db, clock, zone, language, 90);
    }
    // The backend on a content folder of the test's own, holding `playlist` as attract.json.
    AttractBackend &backend(const QByteArray &playlist = {})
    {
        if (!playlist.isEmpty())
            write(QStringLiteral("attract.json"), playlist);
        KioskContext context;
        context.db = &*db;
        context.clock = &clock;
        context.zone = zone;
        context.language = &language;
        context.session = session.get();
        context.contentDir = content.path();
        attract = std::make_unique<AttractBackend>(context);
        return *attract;
    }
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(content.file(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    void picture(const QString &name)
    {
        QImage image(40, 60, QImage::Format_RGB32);
        image.fill(Qt::darkRed);
        ASSERT_TRUE(image.save(content.file(name)));
    }
    QString file(const AttractBackend &a) const { return a.source().toLocalFile().section(u'/', -1); }
    // The home screen left untouched for `secs` seconds of the kiosk's clock.
    void untouchedFor(AttractBackend &a, int secs)
    {
        clock.advanceSecs(secs);
        a.tick();
    }

    linli::test::TempDir content;
    LanguageController language;
    std::unique_ptr<ResidentSession> session;
    std::unique_ptr<AttractBackend> attract;
};

const QByteArray kTwoPictures = R"([{"file": "menu.png", "seconds": 10}, {"file": "hall.png"}])";

} // namespace

TEST_F(AttractAppTest, PlaysOnlyAfterTheHomeScreenIsUntouchedForAfterSecs)
{
    picture(QStringLiteral("menu.png"));
    picture(QStringLiteral("hall.png"));
    AttractBackend &a = backend(kTwoPictures);
    EXPECT_EQ(a.settings().afterSecs, 90);
    untouchedFor(a, 200);
    EXPECT_FALSE(a.playing()) << "not while a screen other than home is showing";
    a.setEligible(true); // the window is back home: the wait starts now
    untouchedFor(a, 89);
    EXPECT_FALSE(a.playing());
    untouchedFor(a, 1);
    ASSERT_TRUE(a.playing());
    EXPECT_EQ(a.kind(), QStringLiteral("image"));
    EXPECT_EQ(file(a), QStringLiteral("menu.png"));
    EXPECT_EQ(a.seconds(), 10);
    a.next();
    EXPECT_EQ(file(a), QStringLiteral("hall.png"));
    a.next();
    EXPECT_EQ(file(a), QStringLiteral("menu.png")) << "a loop";

    // A touch ends it (the screen calls dismiss on release); the wait starts again.
    a.dismiss();
    EXPECT_FALSE(a.playing());
    untouchedFor(a, 60);
    EXPECT_FALSE(a.playing());
    untouchedFor(a, 30);
    EXPECT_TRUE(a.playing());
}

TEST_F(AttractAppTest, AResidentEndsItAndTheWaitStartsWhenTheirSessionEnds)
{
    AttractBackend &a = backend();
    a.setEligible(true);
    untouchedFor(a, 90);
    ASSERT_TRUE(a.playing());
    session->identifyCard(QStringLiteral("3301050005")); // a card on the reader
    ASSERT_TRUE(session->active());
    EXPECT_FALSE(a.playing());
    untouchedFor(a, 300); // still signed in (the window is on their screens: not eligible)
    session->end();
    untouchedFor(a, 89);
    EXPECT_FALSE(a.playing()) << "the session's end counts as the last touch";
    untouchedFor(a, 1);
    EXPECT_TRUE(a.playing());
    a.setEligible(false); // staff opened maintenance, say
    EXPECT_FALSE(a.playing());
    untouchedFor(a, 1000);
    EXPECT_FALSE(a.playing());
}

TEST_F(AttractAppTest, AMissingOrBrokenFileGivesTheBuiltInSlide)
{
    write(QStringLiteral("broken.png"), "not a picture");
    picture(QStringLiteral("hall.png"));
    AttractBackend &a = backend(R"([{"file": "gone.png"}, {"file": "broken.png"}, {"file": "hall.png"}])");
    a.setEligible(true);
    untouchedFor(a, 90);
    ASSERT_TRUE(a.playing());
    EXPECT_EQ(file(a), QStringLiteral("hall.png")) << "the missing and the undecodable are skipped";
    // The screen could not show it after all (a file cut short): skipped from now on.
    a.failed(a.source());
    EXPECT_EQ(a.kind(), QStringLiteral("slide"));
    EXPECT_TRUE(a.source().isEmpty());
    EXPECT_FALSE(a.slideHeading().isEmpty()) << "never a blank screen";
    a.next();
    EXPECT_EQ(a.kind(), QStringLiteral("slide"));

    // No playlist at all, or one that does not parse: the built-in slide.
    for (const QByteArray &bad : { QByteArray(), QByteArray("[{\"file\": 3"), QByteArray("{}") }) {
        QFile::remove(content.file(QStringLiteral("attract.json")));
        AttractBackend &b = backend(bad);
        b.setEligible(true);
        untouchedFor(b, 90);
        ASSERT_TRUE(b.playing()) << bad.constData();
        EXPECT_EQ(b.kind(), QStringLiteral("slide")) << bad.constData();
    }
}

TEST_F(AttractAppTest, TheMorningShowsTodaysLunchTheAfternoonTheActivities)
{
    picture(QStringLiteral("menu.png"));
    AttractBackend &a = backend(R"([{"kind": "slide"}, {"file": "menu.png", "parts": ["morning"]}])");
    setNow("2026-11-22T11:58:00"); // 11:59:30 once the wait is over
    a.setEligible(true);
    untouchedFor(a, 90);
    ASSERT_TRUE(a.playing());
    EXPECT_EQ(a.dayPart(), QStringLiteral("morning"));
    EXPECT_EQ(a.kind(), QStringLiteral("slide"));
    EXPECT_EQ(a.slideHeading(), QStringLiteral("Today's lunch"));
    ASSERT_GT(a.slideRows()->rowCount(), 0);
    EXPECT_TRUE(a.slideRows()->at<SlideRow>(0).when.startsWith(u'¥')) << "a dish and its price";
    a.next();
    EXPECT_EQ(file(a), QStringLiteral("menu.png"));

    clock.advanceSecs(60); // 12:01: the afternoon
    a.next();
    EXPECT_EQ(a.dayPart(), QStringLiteral("afternoon"));
    EXPECT_EQ(a.kind(), QStringLiteral("slide"));
    EXPECT_EQ(a.slideHeading(), QStringLiteral("Today's activities"));
    a.next();
    EXPECT_EQ(a.kind(), QStringLiteral("slide")) << "the morning's picture is not shown in the afternoon";
    bool healthCheck = false;
    for (int i = 0; i < a.slideRows()->rowCount(); ++i)
        healthCheck = healthCheck
            || (a.slideRows()->at<SlideRow>(i).title.contains(u"blood pressure")
                && a.slideRows()->at<SlideRow>(i).when == QStringLiteral("14:00–16:00"));
    EXPECT_TRUE(healthCheck) << "today's 14:00 health check";

    setNow("2026-11-22T20:00:00");
    a.next();
    EXPECT_EQ(a.dayPart(), QStringLiteral("evening"));
    EXPECT_EQ(a.slideHeading(), QStringLiteral("Tomorrow's activities"));
}

TEST_F(AttractAppTest, SoundsKeepTheQuietHoursAndTheVolume)
{
    SoundPlayer &player = *backend().sounds();
    Sounds sounds; // what the screens call
    setNow("2026-11-22T10:00:00");
    EXPECT_TRUE(sounds.tap());
    EXPECT_TRUE(sounds.success());
    EXPECT_EQ(player.sounded(), 2);
    setNow("2026-11-22T21:00:00");
    EXPECT_FALSE(sounds.tap());
    EXPECT_FALSE(sounds.error());
    setNow("2026-11-23T06:59:00");
    EXPECT_FALSE(sounds.tap());
    setNow("2026-11-23T07:00:00");
    EXPECT_TRUE(sounds.error());
    player.setVolume(0);
    EXPECT_FALSE(sounds.tap());
    EXPECT_EQ(player.sounded(), 3);
    attract.reset();
    EXPECT_FALSE(sounds.tap()) << "no kiosk, no sound";
}

TEST_F(AttractAppTest, TheConfigurationSetsTheWaitTheVolumeAndTheQuietHours)
{
    write(QStringLiteral("kiosk.ini"),
        "[attract]\nafter_secs=45\nvolume=30\nquiet_from=22:30\nquiet_to=06:00\nplaylist=loop/list.json\n");
    const auto read = linli::attract::loadAttractSettings(content.file(QStringLiteral("kiosk.ini")));
    EXPECT_TRUE(read.problems.empty());
    EXPECT_EQ(read.settings.afterSecs, 45);
    EXPECT_EQ(read.settings.volume, 30);
    EXPECT_EQ(read.settings.quietFrom, QTime(22, 30));
    EXPECT_EQ(read.settings.quietTo, QTime(6, 0));
    EXPECT_EQ(read.settings.playlist, QStringLiteral("loop/list.json"));

    write(QStringLiteral("bad.ini"), "[attract]\nafter_secs=5\nvolume=loud\nquiet_from=9pm\n");
    const auto bad = linli::attract::loadAttractSettings(content.file(QStringLiteral("bad.ini")));
    ASSERT_EQ(bad.problems.size(), 3u);
    EXPECT_TRUE(bad.problems[0].en.contains(u"attract/after_secs")) << bad.problems[0].en.toStdString();
    EXPECT_FALSE(bad.problems[0].zh.isEmpty());
    EXPECT_EQ(bad.settings.afterSecs, 90);
    EXPECT_EQ(bad.settings.volume, 60);
    EXPECT_EQ(bad.settings.quietFrom, QTime(21, 0));
}
