import QtQuick
import QtTest
import Linli
import Linli.TestSupport

// The information screens on the demo hall: guides, facilities, floor plan, activities, notices and
// search render their records, navigate by route, and keep targets large and named.
TestCase {
    id: testCase
    name: "InformationScreens"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    Router { id: testRouter }
    Component { id: spyComponent; SignalSpy {} }
    Component {
        id: pageComponent
        Item {
            id: holder
            required property string file
            required property string route
            width: 1080
            height: 1500
            property Item page
            Component.onCompleted: {
                const component = Qt.createComponent(holder.file);
                if (component.status !== Component.Ready)
                    console.error(component.errorString());
                holder.page = component.createObject(holder, { kiosk: Fixtures.kiosk, information: Fixtures.information,
                                                               router: testRouter, route: holder.route,
                                                               width: 1080, height: 1500 });
            }
        }
    }

    function open(route: string): Item {
        const holder = createTemporaryObject(pageComponent, testCase,
                                             { file: testRouter.pageFor(route), route: route });
        verify(holder.page !== null, "page for " + route);
        waitForRendering(holder.page);
        return holder.page;
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

    function rows(page: Item): list<Item> {
        return testCase.findAll(page, c => c.detail !== undefined && c.badge !== undefined && c.visible);
    }

    function navigationSpy() {
        return createTemporaryObject(spyComponent, testCase, { target: testRouter, signalName: "navigationRequested" });
    }

    function init() {
        Fixtures.language.select("zh");
    }

    function test_every_information_route_has_a_page() {
        for (const route of ["guides", "guide/x", "facilities", "facility/x", "floorplan", "events", "notices", "search?q=x"])
            verify(testRouter.isBuilt(route), route);
    }

    function test_guides_list_opens_a_guide() {
        const page = testCase.open("guides");
        const list = testCase.rows(page);
        verify(list.length >= 4, "guides listed: " + list.length);
        compare(list[0].title, "老年卡办理");
        for (const row of list) {
            verify(row.height >= Theme.minTarget);
            verify(row.Accessible.name.length > 0);
        }
        const spy = testCase.navigationSpy();
        mouseClick(list[0]);
        compare(spy.signalArguments[0][0], "guide/svc-senior-card");
    }

    function test_guide_shows_materials_and_where() {
        const page = testCase.open("guide/svc-senior-card");
        compare(page.heading, "老年卡办理");
        const sections = testCase.findAll(page, c => c.numbered !== undefined && c.visible);
        const titles = sections.map(s => s.title);
        verify(titles.indexOf("所需材料") >= 0, titles);
        const materials = sections.find(s => s.title === "所需材料");
        verify(materials.items.length >= 3);
        verify(materials.items[0].indexOf("身份证") >= 0);
    }

    function test_guide_in_english_and_missing_guide() {
        Fixtures.language.select("en");
        compare(testCase.open("guide/svc-senior-card").heading, "Senior card (Laonian Ka)");
        const missing = testCase.open("guide/svc-does-not-exist");
        compare(missing.heading, "Guide not found");
        // Not there is said as such; the storage-failure panel stays hidden.
        verify(testCase.findAll(missing, c => c.visible && typeof c.text === "string"
                                && c.text.indexOf("no longer available") >= 0).length > 0, "not-found note");
        compare(testCase.findAll(missing, c => c.visible && c.Accessible.role === Accessible.AlertMessage).length, 0);
    }

    function test_guide_with_only_required_fields_renders_cleanly() {
        Fixtures.addBareGuide("svc-bare");
        const page = testCase.open("guide/svc-bare");
        compare(page.heading, "简易事项");
        const shown = testCase.findAll(page, c => c.numbered !== undefined && c.visible).map(s => s.title);
        compare(shown.indexOf("所需材料"), -1, "no empty materials box");
        compare(shown.indexOf("办理地点"), -1, "no empty location box");
        verify(shown.indexOf("办理时限和费用") >= 0, "the fee (free) is still said");
    }

    function test_facilities_filter_by_category() {
        const page = testCase.open("facilities");
        const all = Fixtures.information.places.count;
        const chip = testCase.findAll(page, c => c.Accessible.name === "体育健身" && c.visible)[0];
        verify(chip !== undefined, "sports chip");
        mouseClick(chip);
        verify(Fixtures.information.places.count < all);
        compare(Fixtures.information.places.category, "sports");
        Fixtures.information.places.category = "";
    }

    function test_dance_room_detail_has_floor_and_hours() {
        const page = testCase.open("facility/room-dance");
        compare(page.heading, "舞蹈室");
        const sections = testCase.findAll(page, c => c.numbered !== undefined && c.visible);
        verify(sections.some(s => s.text.indexOf("2楼") >= 0), "floor shown");
        verify(sections.some(s => s.title === "开放时间" && s.text.length > 0), "hours shown");
    }

    function test_floor_plan_places_rooms_and_opens_them() {
        const page = testCase.open("floorplan?room=room-dance");
        compare(page.floor, 2);
        const rooms = testCase.findAll(page, c => c.marked !== undefined && c.number === undefined && c.visible);
        compare(rooms.length, 8);
        const dance = rooms.find(r => r.marked);
        verify(dance.width > 100 && dance.height > 100);
        const spy = testCase.navigationSpy();
        mouseClick(dance);
        compare(spy.signalArguments[0][0], "facility/room-dance");
    }

    function test_events_by_day_and_week() {
        const page = testCase.open("events?range=today");
        compare(Fixtures.information.events.range, "today");
        compare(Fixtures.information.events.count, 1);
        const dayHeadings = () => testCase.findAll(page, c => c.startsGroup === true && c.heading !== undefined)
                                          .map(c => c.heading);
        compare(dayHeadings(), ["今天 · 11月22日 周日"]);
        Fixtures.language.select("en");
        waitForRendering(page);
        compare(dayHeadings(), ["Today · Sun 22 Nov"]);
        Fixtures.language.select("zh");
        Fixtures.information.events.range = "week";
        waitForRendering(page);
        verify(testCase.rows(page).length >= 3);
        const spy = testCase.navigationSpy();
        mouseClick(testCase.rows(page)[0]);
        verify(spy.signalArguments[0][0].startsWith("event/"));
    }

    function test_notices_leave_on_time() {
        testCase.open("notices");
        const before = Fixtures.information.notices.count;
        verify(before >= 3);
        Fixtures.advanceClockSecs(60 * 86400);
        compare(Fixtures.information.notices.count, 0);
        Fixtures.advanceClockSecs(-60 * 86400);
        compare(Fixtures.information.notices.count, before);
    }

    function test_search_from_route_and_bad_input() {
        const page = testCase.open("search?q=lnk");
        // The keyboard's four rows of keys are big targets.
        tryVerify(() => testCase.findAll(page, c => c.keyStyle !== undefined).length === 1, 10000, "the keyboard loads");
        const keyboard = testCase.findAll(page, c => c.keyStyle !== undefined)[0];
        tryVerify(() => keyboard.height >= 4 * Theme.minTarget, 5000, "keyboard height " + keyboard.height);
        verify(Fixtures.information.search.count >= 1);
        compare(testCase.rows(page)[0].title, "老年卡办理");
        for (const q of ["", "   ", "\"", "NEAR(", "*", "😀", "x".repeat(500)]) {
            Fixtures.information.search.query = q;
            waitForRendering(page);
        }
        compare(Fixtures.information.search.count, 0);
    }
}
