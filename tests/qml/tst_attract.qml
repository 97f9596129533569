pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtTest
import Linli
import Linli.Backend
import Linli.TestSupport

// Nobody there, on the kiosk's window with the demo hall and its clock moved by hand (no real
// waiting): the home screen untouched for 90 s plays the attract loop; the touch that ends it
// opens nothing beneath; a resident's screens and maintenance keep it away; the built-in slide
// shows the morning's lunch and the afternoon's activities; taps sound, except in quiet hours.
TestCase {
    id: testCase
    name: "Attract"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    readonly property AttractBackend attract: Fixtures.kiosk.backend("attract") as AttractBackend
    property int moved: 0 // seconds the test moved the clock, put back afterwards

    Component {
        id: mainComponent
        Main { kiosk: Fixtures.kiosk; visible: true }
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
    function texts(item: Item): list<string> {
        return testCase.findAll(item, c => c.text !== undefined && c.visible).map(c => c.text);
    }
    function untouchedFor(secs: int): void {
        Fixtures.advanceClockSecs(secs);
        testCase.moved += secs;
        testCase.attract.tick();
    }
    function makeWindow(): Main {
        const made = createTemporaryObject(mainComponent, testCase) as Main;
        verify(made);
        return made;
    }
    function stackOf(content: Item): StackView {
        return testCase.findAll(content, c => c.depth !== undefined && c.currentItem !== undefined)[0] as StackView;
    }

    function init() {
        Fixtures.language.select("zh");
        Fixtures.kiosk.session.end();
    }
    function cleanup() {
        testCase.attract.dismiss();
        Fixtures.advanceClockSecs(-testCase.moved);
        testCase.moved = 0;
    }

    function test_untouched_home_plays_and_the_touch_that_ends_it_presses_nothing() {
        const window = testCase.makeWindow();
        const content = window.contentItem;
        const stack = testCase.stackOf(content);
        const loop = findChild(content, "attractLoop");
        verify(loop);
        tryCompare(stack, "depth", 1);
        verify(testCase.attract.eligible);
        testCase.untouchedFor(89);
        verify(!loop.visible);
        testCase.untouchedFor(1);
        verify(testCase.attract.playing);
        tryCompare(loop, "visible", true);
        waitForRendering(loop);

        // A touch right where the canteen tile lies under the loop ends it and opens nothing.
        const tile = testCase.findAll(stack.currentItem, c => c.Accessible.role === Accessible.Button
                                      && c.Accessible.name.startsWith("社区食堂"))[0];
        verify(tile, "the canteen tile");
        const at = tile.mapToItem(loop, tile.width / 2, tile.height / 2);
        mouseClick(loop, at.x, at.y);
        verify(!testCase.attract.playing);
        verify(!loop.visible);
        wait(100);
        compare(stack.depth, 1, "the touch opened nothing");
        // The same touch now, with the home screen showing, opens the canteen.
        mouseClick(tile);
        tryCompare(stack, "depth", 2);
    }

    function test_not_over_a_residents_screens_nor_maintenance() {
        const window = testCase.makeWindow();
        const content = window.contentItem;
        const stack = testCase.stackOf(content);
        tryCompare(stack, "depth", 1);
        Fixtures.kiosk.session.identifyCard("3301050005");
        tryCompare(stack, "depth", 2);
        testCase.untouchedFor(600);
        verify(!testCase.attract.playing, "a resident at the kiosk");
        Fixtures.kiosk.session.end();
        Fixtures.kiosk.session.endedByIdle(); // the window goes home
        tryCompare(stack, "depth", 1);
        testCase.untouchedFor(89);
        verify(!testCase.attract.playing, "the wait starts when the session ends");
        testCase.untouchedFor(1);
        verify(testCase.attract.playing);
        testCase.attract.dismiss();

        window.go("maintenance", StackView.Immediate);
        tryCompare(stack, "depth", 2);
        testCase.untouchedFor(600);
        verify(!testCase.attract.playing, "staff at the kiosk");
    }

    function test_built_in_slide_morning_menu_afternoon_activities() {
        const window = testCase.makeWindow();
        const content = window.contentItem;
        const loop = findChild(content, "attractLoop");
        testCase.untouchedFor(90); // Sunday 10:01:30
        verify(testCase.attract.playing);
        while (testCase.attract.kind !== "slide")
            testCase.attract.next();
        compare(testCase.attract.dayPart, "morning");
        tryVerify(() => testCase.texts(loop).indexOf("今天的午餐") >= 0, 2000, testCase.texts(loop).join(" | "));
        verify(testCase.texts(loop).some(t => t.startsWith("老年套餐A")), testCase.texts(loop).join(" | "));
        verify(testCase.texts(loop).indexOf("轻触屏幕开始") >= 0);

        Fixtures.advanceClockSecs(4 * 3600); // 14:01
        testCase.moved += 4 * 3600;
        testCase.attract.next();
        while (testCase.attract.kind !== "slide")
            testCase.attract.next();
        compare(testCase.attract.dayPart, "afternoon");
        tryVerify(() => testCase.texts(loop).indexOf("今天的活动") >= 0, 2000, testCase.texts(loop).join(" | "));
        verify(testCase.texts(loop).some(t => t.indexOf("血压") >= 0), testCase.texts(loop).join(" | "));
    }

    function test_a_tap_sounds_except_in_the_quiet_hours() {
        const window = testCase.makeWindow();
        const content = window.contentItem;
        const stack = testCase.stackOf(content);
        tryCompare(stack, "depth", 1);
        const button = testCase.findAll(stack.currentItem, c => c.Accessible.name === "全部通知公告" && c.visible)[0];
        verify(button, "a button on the home screen");
        const before = testCase.attract.sounds.sounded;
        mouseClick(button);
        compare(testCase.attract.sounds.sounded, before + 1, "10:00: a tap sounds");
        tryCompare(stack, "depth", 2);
        stack.pop(null, StackView.Immediate);
        Fixtures.advanceClockSecs(12 * 3600); // 22:00
        testCase.moved += 12 * 3600;
        mouseClick(button);
        compare(testCase.attract.sounds.sounded, before + 1, "22:00: quiet");
    }
}
