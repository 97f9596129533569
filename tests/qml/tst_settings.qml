pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import Linli
import Linli.Backend
import Linli.TestSupport

// The Settings screen on the demo hall: only the administrator gets the tab; a volume step saved
// applies at once; a bad server address or a door without its room is refused with why and
// changes nothing; a setting read at start says it takes effect after a restart. Every control
// is named and big enough for a finger.
TestCase {
    id: testCase
    name: "Settings"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    readonly property MaintenanceBackend maintenance: Fixtures.kiosk.backend("maintenance") as MaintenanceBackend
    readonly property AttractBackend attract: Fixtures.kiosk.backend("attract") as AttractBackend

    Router { id: testRouter }
    Component {
        id: pageComponent
        MaintenancePage { width: 1080; height: 1800; kiosk: Fixtures.kiosk; maintenance: testCase.maintenance; router: testRouter; route: "maintenance" }
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
    function buttons(page: Item): list<Item> {
        return testCase.findAll(page, c => c.Accessible.role === Accessible.Button && c.visible && c.width > 0);
    }
    // Scrolled into view first: a tap outside the scroll view's window reaches something else.
    function reveal(item: Item): void {
        for (let p = item.parent; p; p = p.parent) {
            const flick = p as Flickable;
            if (flick && flick.contentItem) {
                const at = item.mapToItem(flick.contentItem, 0, 0);
                flick.contentY = Math.max(0, Math.min(at.y - 100, flick.contentHeight - flick.height));
                return;
            }
        }
    }
    function press(page: Item, name: string): void {
        const found = testCase.buttons(page).filter(b => b.Accessible.name === name);
        verify(found.length > 0, "no button " + name);
        testCase.reveal(found[0]);
        waitForRendering(page);
        mouseClick(found[0]);
    }
    function shown(page: Item, part: string): bool {
        return testCase.findAll(page, c => c.visible && typeof c.text === "string" && c.text.indexOf(part) >= 0).length > 0;
    }
    function type(page: Item, field: string, text: string): void {
        const found = testCase.findAll(page, c => c.Accessible.name === field && c.visible && c.textEdited !== undefined);
        verify(found.length > 0, "no field " + field);
        found[0].text = text;
        found[0].textEdited();
    }
    function signIn(pin: string): Item {
        const page = createTemporaryObject(pageComponent, testCase);
        for (let i = 0; i < pin.length; ++i)
            testCase.press(page, pin[i]);
        testCase.press(page, "进入");
        tryVerify(() => testCase.maintenance.signedIn, 5000);
        return page;
    }

    function init() {
        Fixtures.language.select("zh");
        testCase.maintenance.leave();
    }
    function test_only_the_administrator_gets_settings() {
        let page = testCase.signIn("246810");
        verify(!testCase.buttons(page).some(b => b.Accessible.name === "设置"), "an operator changes no settings");
        testCase.maintenance.leave();
        page = testCase.signIn("900900");
        testCase.press(page, "设置");
        waitForRendering(page);
        for (const heading of ["中心服务器", "居民使用", "声音", "终端用途"])
            verify(testCase.shown(page, heading), heading);
        for (const b of testCase.buttons(page)) {
            verify(b.Accessible.name.length > 0);
            verify(b.height >= Theme.minTarget && b.width >= Theme.minTarget, b.Accessible.name);
        }
        const image = grabImage(page);
        image.save("/tmp/linli-settings-panel.png");
    }

    function test_a_volume_step_saved_applies_at_once() {
        const page = testCase.signIn("900900");
        testCase.press(page, "设置");
        waitForRendering(page);
        const before = testCase.attract.sounds.volume;
        testCase.press(page, "减少：音量");
        testCase.press(page, "保存设置");
        tryVerify(() => testCase.shown(page, "已保存，已生效。"));
        compare(testCase.attract.sounds.volume, before - 10);
        testCase.press(page, "增加：音量");
        testCase.press(page, "保存设置");
        tryCompare(testCase.attract.sounds, "volume", before);
    }

    function test_bad_values_are_refused_with_why() {
        const page = testCase.signIn("900900");
        testCase.press(page, "设置");
        waitForRendering(page);
        testCase.type(page, "服务器地址", "ftp://central.example");
        testCase.press(page, "保存设置");
        tryVerify(() => testCase.shown(page, "! 中心服务器地址“ftp://central.example”无效"));
        testCase.press(page, "撤销尚未保存的更改");
        testCase.press(page, "门口签到");
        testCase.press(page, "保存设置");
        tryVerify(() => testCase.shown(page, "! 签到终端需要填写本门口的房间或食堂编号"));
        testCase.type(page, "本门口的房间或食堂（编号，如 room-dance）", "room-dance");
        testCase.press(page, "保存设置");
        tryVerify(() => testCase.shown(page, "重启后生效"));
        // Back as it was, for the tests after this one.
        testCase.press(page, "居民自助");
        testCase.press(page, "保存设置");
        tryVerify(() => !testCase.buttons(page).some(b => b.Accessible.name === "保存设置" && b.enabled));
    }
}
