import QtQuick
import QtTest
import Linli
import Linli.TestSupport

// The home screen on the demo hall: every feature has a tile, urgent notices show and
// leave on time, and nothing built-in pretends to work.
TestCase {
    id: testCase
    name: "HomePage"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    Router { id: testRouter }
    Component { id: spyComponent; SignalSpy {} }
    Component {
        id: homeComponent
        HomePage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; router: testRouter }
    }

    function findAll(item: Item, predicate): list<Item> {
        let found = [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (predicate(child))
                found.push(child);
            found = found.concat(testCase.findAll(child, predicate));
        }
        return found;
    }

    function tiles(home: Item): list<Item> {
        return testCase.findAll(home, c => c.badgeColour !== undefined && c.visible);
    }

    function init() {
        Fixtures.language.select("zh");
    }

    function test_six_features_with_large_targets() {
        const home = createTemporaryObject(homeComponent, testCase);
        waitForRendering(home);
        const found = testCase.tiles(home);
        compare(found.length, 6);
        const titles = found.map(t => t.title);
        for (const expected of ["办事指南", "设施导览", "活动日历", "场地预约", "社区食堂", "我的"])
            verify(titles.indexOf(expected) >= 0, expected + " missing from " + titles);
        for (const tile of found) {
            verify(tile.width >= Theme.minTarget && tile.height >= Theme.minTarget);
            verify(tile.Accessible.name.length > 0);
        }
    }

    function test_tile_opens_its_route() {
        const home = createTemporaryObject(homeComponent, testCase);
        const spy = createTemporaryObject(spyComponent, testCase,
                                          { target: home, signalName: "open" });
        waitForRendering(home);
        const tile = testCase.tiles(home).find(t => t.title === "场地预约");
        mouseClick(tile);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "rooms");
    }

    function test_urgent_notice_shows_and_expires() {
        verify(Fixtures.kiosk.urgentNotices.count >= 1, "the demo hall has an urgent notice now");
        const home = createTemporaryObject(homeComponent, testCase);
        waitForRendering(home);
        const banners = testCase.findAll(home, c => c.body !== undefined && c.title !== undefined && c.badgeColour === undefined && c.visible);
        verify(banners.length >= 1);
        // Far enough ahead that every demo notice has ended: the banner leaves without a restart.
        Fixtures.advanceClockSecs(60 * 86400);
        compare(Fixtures.kiosk.urgentNotices.count, 0);
        Fixtures.advanceClockSecs(-60 * 86400);
        verify(Fixtures.kiosk.urgentNotices.count >= 1);
    }

    // The top bar's date, written like every other date on screen (HallFormat).
    function test_hall_date_in_both_languages() {
        compare(Fixtures.kiosk.clock.time, "10:00");
        compare(Fixtures.kiosk.clock.date, "2026年11月22日 周日");
        Fixtures.language.select("en");
        compare(Fixtures.kiosk.clock.date, "Sunday 22 November 2026");
    }

    function test_english_titles() {
        Fixtures.language.select("en");
        const home = createTemporaryObject(homeComponent, testCase);
        waitForRendering(home);
        const titles = testCase.tiles(home).map(t => t.title);
        for (const expected of ["Service guides", "Facilities", "Activities", "Book a room", "Canteen", "My bookings"])
            verify(titles.indexOf(expected) >= 0, expected + " missing from " + titles);
    }
}
