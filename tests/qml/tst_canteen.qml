pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import Linli
import Linli.TestSupport

// Canteen screens on the demo hall: the menu, a dish and My meal orders render with their
// controls big enough for a finger, each named for accessibility, in both languages; every dish
// has a picture or a drawn plate; a dish changed while a resident chooses it is refused on its
// screen, charging nothing; My bookings and My meal orders lead to each other.
TestCase {
    id: testCase
    name: "Canteen"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    Router { id: testRouter }
    SignalSpy { id: navigations; target: testRouter; signalName: "navigationRequested" }
    Component {
        id: menuComponent
        MenuPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; canteen: Fixtures.canteen; router: testRouter; route: "canteen/2026-11-23/lunch" }
    }
    Component {
        id: dishComponent
        DishPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; canteen: Fixtures.canteen; router: testRouter; route: "dish/2026-11-23.lunch.dish-set-a" }
    }
    // Tomorrow's and the day after's lunches, each test changing its own dish.
    Component {
        id: otherDishComponent
        DishPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; canteen: Fixtures.canteen; router: testRouter; route: "dish/2026-11-24.lunch.dish-set-a" }
    }
    Component {
        id: goneDishComponent
        DishPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; canteen: Fixtures.canteen; router: testRouter; route: "dish/2026-11-24.lunch.dish-set-b" }
    }
    Component {
        id: myComponent
        MyPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; booking: Fixtures.booking; router: testRouter; route: "my" }
    }
    Component {
        id: pictureComponent
        DishPicture { width: 200; height: 200 }
    }
    Component {
        id: imageComponent
        Image {}
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
        navigations.clear();
    }

    function shown(page: Item, predicate): list<Item> {
        return testCase.findAll(page, c => c.visible && predicate(c));
    }

    function alertOf(page: Item): string {
        const alerts = testCase.shown(page, c => c.Accessible.role === Accessible.AlertMessage);
        compare(alerts.length, 1, "one message on the screen");
        return alerts[0].Accessible.name;
    }

    function button(page: Item, name: string): Item {
        const found = testCase.shown(page, c => c.Accessible.role === Accessible.Button && c.Accessible.name === name);
        compare(found.length, 1, "one button " + name);
        return found[0];
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

    // Every demo dish's picture is drawn (the SVG image plugin is there and the files are good).
    function test_every_demo_dish_picture_draws() {
        compare(Fixtures.dishPictures.length, 22);
        for (const url of Fixtures.dishPictures) {
            verify(url.length > 0, "a dish without its picture");
            const image = createTemporaryObject(imageComponent, testCase, { source: url });
            tryCompare(image, "status", Image.Ready);
            verify(image.implicitWidth > 0 && image.implicitHeight > 0, url);
        }
    }

    // No picture, or one that cannot be drawn: an empty plate, never a broken image or a blank.
    function test_a_dish_picture_that_cannot_be_drawn_shows_a_plate_data() {
        return [
            { tag: "none", source: "", drawn: false },
            { tag: "not a picture", source: Fixtures.contentFile("canteen.json"), drawn: false },
            { tag: "missing", source: Fixtures.contentFile("pictures/no-such-dish.svg"), drawn: false },
            { tag: "picture", source: Fixtures.contentFile("pictures/dish-rice.svg"), drawn: true }
        ];
    }

    function test_a_dish_picture_that_cannot_be_drawn_shows_a_plate(data) {
        // Qt says why it cannot draw the file; the resident sees a plate.
        if (data.tag === "not a picture" || data.tag === "missing")
            ignoreWarning(new RegExp("Cannot open|Error decoding"));
        const picture = createTemporaryObject(pictureComponent, testCase, { source: data.source });
        waitForRendering(picture);
        compare(picture.showsPicture, data.drawn);
        const plates = testCase.shown(picture, c => c.radius !== undefined && c.radius > 0);
        compare(plates.length > 0, !data.drawn, "the drawn plate");
        const images = testCase.shown(picture, c => c.status !== undefined && c.sourceSize !== undefined);
        compare(images.length, data.drawn ? 1 : 0, "the picture");
        verify(picture.Accessible.ignored, "decorative: the dish's name is what is read out");
    }

    // The kitchen changes the price while 陈桂芳 looks at the dish: Confirm is refused in words she
    // can read, nothing is charged, and the screen shows the new price.
    function test_a_dish_repriced_while_choosing_is_refused_and_shows_the_new_price() {
        Fixtures.kiosk.session.identifyCard("3301050004");
        const page = createTemporaryObject(otherDishComponent, testCase);
        waitForRendering(page);
        verify(testCase.shown(page, c => c.text === "¥15.00").length > 0, "the price she chose");
        const orders = Fixtures.mealOrderCount();

        Fixtures.changeMealPrice("2026-11-24.lunch.dish-set-a", 1600);
        mouseClick(testCase.button(page, "确认订餐"));
        compare(navigations.count, 0, "she stays on the dish");
        const zh = testCase.alertOf(page);
        verify(zh.indexOf("¥16.00") >= 0 && zh.indexOf("没有扣费") >= 0, zh);
        compare(Fixtures.mealOrderCount(), orders, "nothing ordered");
        verify(testCase.shown(page, c => c.text === "爱心券（余额¥50.00）").length === 1, "her vouchers untouched");
        verify(testCase.shown(page, c => c.text === "¥16.00").length > 0, "the new price");
        compare(testCase.shown(page, c => c.text === "¥15.00").length, 0, "not the old one");

        Fixtures.language.select("en");
        const en = testCase.alertOf(page);
        verify(en.indexOf("¥16.00") >= 0 && en.indexOf("nothing was charged") >= 0, en);

        // Having seen it, she confirms at the new price.
        mouseClick(testCase.button(page, "Confirm order"));
        compare(navigations.count, 1);
        verify(navigations.signalArguments[0][0].indexOf("order/") === 0, navigations.signalArguments[0][0]);
        compare(Fixtures.mealOrderCount(), orders + 1);
    }

    // The kitchen takes the dish off the menu while she looks at it: Confirm is refused in both
    // languages, nothing is charged, the screen says it is gone and offers nothing more to choose.
    function test_a_dish_taken_off_the_menu_while_choosing_is_refused_and_gone() {
        Fixtures.kiosk.session.identifyCard("3301050004");
        const page = createTemporaryObject(goneDishComponent, testCase);
        waitForRendering(page);
        const orders = Fixtures.mealOrderCount();

        Fixtures.takeMealOffTheMenu("2026-11-24.lunch.dish-set-b");
        mouseClick(testCase.button(page, "确认订餐"));
        compare(navigations.count, 0);
        const zh = testCase.alertOf(page);
        verify(zh.indexOf("撤下") >= 0 && zh.indexOf("没有扣费") >= 0, zh);
        compare(Fixtures.mealOrderCount(), orders);
        compare(page.heading.indexOf("老年套餐B"), 0, "the screen still names the dish");
        compare(testCase.shown(page, c => c.Accessible.role === Accessible.Button && c.Accessible.name === "确认订餐").length, 0,
                "nothing left to confirm");
        compare(testCase.shown(page, c => c.Accessible.role === Accessible.Button && (c.text === "+" || c.text === "−")).length, 0,
                "no portions left to choose");

        Fixtures.language.select("en");
        const en = testCase.alertOf(page);
        verify(en.indexOf("taken off the menu") >= 0 && en.indexOf("nothing was charged") >= 0, en);
    }

    // The resident's "My" area: My bookings offers My meal orders (the canteen's entry, listed
    // by CanteenCapability), and My meal orders offers the way back (My tickets, the tickets'
    // entry, comes third).
    function test_my_bookings_and_my_meal_orders_lead_to_each_other() {
        compare(testRouter.myLinks.length, 3);
        compare(testRouter.myLinks[0].route, "my");
        compare(testRouter.myLinks[1].route, "orders");
        compare(testRouter.myLinks[2].route, "tickets");
        Fixtures.kiosk.session.identifyCard("3301050004");
        const my = createTemporaryObject(myComponent, testCase);
        waitForRendering(my);
        compare(testCase.shown(my, c => c.Accessible.role === Accessible.Button && c.Accessible.name === "我的预约").length, 0,
                "not a link to itself");
        const toOrders = testCase.button(my, "我的订餐");
        verify(toOrders.height >= Theme.minTarget && toOrders.width >= Theme.minTarget);
        mouseClick(toOrders);
        compare(navigations.signalArguments[0][0], "orders");

        const orders = createTemporaryObject(ordersComponent, testCase);
        waitForRendering(orders);
        compare(testCase.shown(orders, c => c.Accessible.role === Accessible.Button && c.Accessible.name === "我的订餐").length, 0);
        mouseClick(testCase.button(orders, "我的预约"));
        compare(navigations.signalArguments[1][0], "my");

        Fixtures.language.select("en");
        testCase.button(orders, "My bookings");
        testCase.button(my, "My meal orders");
    }
}
