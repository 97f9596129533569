import QtQuick
import QtTest
import Linli
import Linli.Backend
import Linli.TestSupport

// Canteen screens on the demo hall: the menu, a dish and My meal orders render with their
// controls big enough for a finger, each named for accessibility, in both languages.
TestCase {
    id: testCase
    name: "Canteen"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    Router { id: testRouter }
    Component {
        id: menuComponent
        MenuPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; canteen: Fixtures.canteen; router: testRouter; route: "canteen/2026-11-23/lunch" }
    }
    Component {
        id: dishComponent
        DishPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; canteen: Fixtures.canteen; router: testRouter; route: "dish/2026-11-23.lunch.dish-set-a" }
    }
    Component {
        id: ordersComponent
        MyOrdersPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; canteen: Fixtures.canteen; router: testRouter; route: "orders" }
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

    function visibleButtons(page: Item): list<Item> {
        return testCase.findAll(page, c => c.Accessible.role === Accessible.Button && c.visible && c.width > 0);
    }

    function init() {
        Fixtures.language.select("zh");
        Fixtures.kiosk.session.end();
    }

    function test_pages_render_with_large_named_targets_data() {
        return [
            { tag: "menu", component: menuComponent, card: "" },
            { tag: "menu signed in", component: menuComponent, card: "3301050004" },
            { tag: "dish", component: dishComponent, card: "" },
            { tag: "dish signed in", component: dishComponent, card: "3301050004" },
            { tag: "orders signed in", component: ordersComponent, card: "3301050004" }
        ];
    }

    function test_pages_render_with_large_named_targets(data) {
        if (data.card.length > 0)
            Fixtures.kiosk.session.identifyCard(data.card);
        const page = createTemporaryObject(data.component, testCase);
        verify(page !== null);
        waitForRendering(page);
        const buttons = testCase.visibleButtons(page);
        verify(buttons.length > 0);
        for (const b of buttons) {
            verify(b.width >= Theme.minTarget, "width of " + b.Accessible.name);
            verify(b.height >= Theme.minTarget, "height of " + b.Accessible.name);
            verify(b.Accessible.name.length > 0, "a button without a name");
        }
        Fixtures.kiosk.session.end();
    }

    // Her own price once she is identified, the full price before.
    function test_menu_shows_her_price_after_identifying() {
        const page = createTemporaryObject(menuComponent, testCase);
        waitForRendering(page);
        const before = testCase.findAll(page, c => c.Accessible.role === Accessible.Button && c.Accessible.name.indexOf("老年套餐A") === 0);
        compare(before.length, 1);
        verify(before[0].Accessible.name.indexOf("¥15.00") > 0, before[0].Accessible.name);
        Fixtures.kiosk.session.identifyCard("3301050004");
        const after = testCase.findAll(page, c => c.Accessible.role === Accessible.Button && c.Accessible.name.indexOf("老年套餐A") === 0);
        verify(after[0].Accessible.name.indexOf("¥10.50") > 0, after[0].Accessible.name);
        Fixtures.language.select("en");
        const english = testCase.findAll(page, c => c.Accessible.role === Accessible.Button && c.Accessible.name.indexOf("Elderly set meal A") === 0);
        compare(english.length, 1);
        verify(english[0].Accessible.name.indexOf("Your price ¥10.50") > 0, english[0].Accessible.name);
    }
}
