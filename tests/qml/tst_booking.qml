import QtQuick
import QtQuick.Controls
import QtTest
import Linli
import Linli.Backend
import Linli.TestSupport

// Booking screens on the demo hall: the slot grid and keypad are big enough for a finger,
// and a signed-in resident confirms the dance room tomorrow at 15:00 and sees the code.
TestCase {
    id: testCase
    name: "Booking"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    Router { id: testRouter }
    // One spy for the whole case: a temporary one stays connected after it is destroyed.
    SignalSpy { id: navigations; target: testRouter; signalName: "navigationRequested" }
    Component {
        id: roomComponent
        RoomPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; booking: Fixtures.booking; router: testRouter; route: "room/room-dance" }
    }
    Component {
        id: confirmComponent
        ConfirmPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; booking: Fixtures.booking; router: testRouter; route: "confirm/room-dance@1795417200" }
    }
    Component {
        id: bookedComponent
        BookedPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; booking: Fixtures.booking; router: testRouter; route: "booked/none" }
    }
    Component {
        id: morningComponent // tomorrow (Monday 23rd) at 09:00 in the dance room
        ConfirmPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; booking: Fixtures.booking; router: testRouter; route: "confirm/room-dance@1795395600" }
    }
    Component {
        id: eventComponent
        EventPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; booking: Fixtures.booking; router: testRouter; route: "event/evt-talk-tcm-small" }
    }
    Component {
        id: myComponent
        MyPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; booking: Fixtures.booking; router: testRouter; route: "my" }
    }
    Component {
        id: eventController // the small talk's places, as its screen signs up and gives back
        EventController { booking: Fixtures.booking; eventId: "evt-talk-tcm-small" }
    }
    Component {
        id: mainComponent
        Main { kiosk: Fixtures.kiosk }
    }
    Component {
        id: loginComponent
        LoginPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; router: testRouter; route: "login" }
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

    function init() {
        Fixtures.language.select("zh");
    }

    function texts(item: Item): list<string> {
        return testCase.findAll(item, c => c.text !== undefined && c.visible).map(c => c.text);
    }

    // A card on the reader while the home screen shows opens My bookings; a card read
    // on any other screen leaves the resident where they are.
    function test_card_on_home_screen_opens_my() {
        Fixtures.kiosk.session.end();
        const window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        const stacks = testCase.findAll(window.contentItem, c => c.depth !== undefined && c.currentItem !== undefined);
        compare(stacks.length, 1);
        const stack = stacks[0];
        tryCompare(stack, "depth", 1);
        Fixtures.kiosk.session.identifyCard("3301050005");
        verify(Fixtures.kiosk.session.active);
        tryCompare(stack, "depth", 2);
        compare(stack.currentItem.route, "my");
        Fixtures.kiosk.session.end();
        Fixtures.kiosk.session.identifyCard("3301050005");
        wait(50);
        compare(stack.depth, 2, "not on the home screen: no second My page");
        Fixtures.kiosk.session.end();

        // A card read while a service guide is on screen: My bookings, so it is seen to work.
        window.go("guides", StackView.Immediate);
        tryCompare(stack, "depth", 3);
        Fixtures.kiosk.session.identifyCard("3301050005");
        tryCompare(stack, "depth", 4);
        compare(stack.currentItem.route, "my");
        Fixtures.kiosk.session.end();

        // On a room's grid the resident stays, and the page says who is signed in.
        window.go("room/room-dance", StackView.Immediate);
        tryCompare(stack, "depth", 5);
        Fixtures.kiosk.session.identifyCard("3301050005");
        wait(50);
        compare(stack.depth, 5, "a booking screen carries on");
        const signedIn = "已登录：" + Fixtures.kiosk.session.maskedName;
        verify(texts(stack.currentItem).indexOf(signedIn) >= 0, texts(stack.currentItem).join(" | "));
        Fixtures.kiosk.session.end();
    }

    // A screen left idle goes home in the kiosk's own language, whoever chose English on it.
    function test_idle_screen_goes_home_in_the_kiosks_language() {
        Fixtures.kiosk.session.end();
        const window = createTemporaryObject(mainComponent, testCase);
        const stack = testCase.findAll(window.contentItem, c => c.depth !== undefined && c.currentItem !== undefined)[0];
        tryCompare(stack, "depth", 1);
        Fixtures.kiosk.session.identifyCard("3301050005");
        tryCompare(stack, "depth", 2);
        Fixtures.language.select("en");
        Fixtures.kiosk.session.endedByIdle(); // what the session's idle timer sends
        compare(stack.depth, 1);
        compare(Fixtures.language.code, "zh");
        Fixtures.kiosk.session.end();
    }

    // − / + on the confirm screen, over free times only and up to the room's limit
    // (the dance room: 2 hours); the length survives identifying and is what gets booked.
    function test_longer_booking_on_confirm_screen() {
        Fixtures.kiosk.session.end();
        let confirm = createTemporaryObject(morningComponent, testCase);
        waitForRendering(confirm);
        let shorter = findChild(confirm, "shorter");
        let longer = findChild(confirm, "longer");
        let length = findChild(confirm, "length");
        verify(shorter && longer && length);
        verify(shorter.visible && longer.visible);
        compare(length.text, "时长：1小时");
        verify(!shorter.enabled, "never below one hour");
        verify(longer.enabled);
        compare(shorter.Accessible.name, "缩短");
        compare(longer.Accessible.name, "延长");
        verify(longer.width >= Theme.minTarget && longer.height >= Theme.minTarget);
        verify(length.font.pixelSize >= Theme.bodySize);
        mouseClick(longer);
        compare(length.text, "时长：2小时");
        verify(testCase.texts(confirm).indexOf("时间：09:00–11:00") >= 0, testCase.texts(confirm).join("|"));
        verify(!longer.enabled, "the dance room's limit is 2 hours");
        verify(shorter.enabled);
        verify(testCase.texts(confirm).indexOf("这个房间每次最多预约2小时。") >= 0, "says why it cannot be longer");
        testCase.grabImage(confirm).save("confirm-longer-zh.png");
        mouseClick(longer); // disabled: nothing happens
        compare(length.text, "时长：2小时");

        // Identifying comes back to the same time with the length chosen: still two hours.
        navigations.clear();
        const identify = testCase.findAll(confirm, c => c.text === "登录后预约" && c.prominent !== undefined && c.visible);
        compare(identify.length, 1);
        mouseClick(identify[0]);
        compare(navigations.count, 1);
        const login = navigations.signalArguments[0][0];
        compare(testRouter.baseOf(login), "login");
        const resume = testRouter.queryValue(login, "then");
        compare(resume, "confirm/room-dance@1795395600?slots=2");
        Fixtures.kiosk.session.identifyCard("3301050004");
        confirm = createTemporaryObject(morningComponent, testCase, { route: resume });
        waitForRendering(confirm);
        compare(findChild(confirm, "length").text, "时长：2小时");
        navigations.clear();
        const buttons = testCase.findAll(confirm, c => c.text === "确认预约" && c.prominent !== undefined && c.visible);
        compare(buttons.length, 1);
        mouseClick(buttons[0]);
        compare(navigations.count, 1);
        const bookedRoute = navigations.signalArguments[0][0];
        compare(testRouter.baseOf(bookedRoute), "booked");
        const booked = createTemporaryObject(bookedComponent, testCase, { route: bookedRoute });
        waitForRendering(booked);
        verify(testCase.texts(booked).some(t => t.indexOf("09:00–11:00") >= 0), testCase.texts(booked).join("|"));

        // Not over a taken time: someone books 12:00, so from 11:00 one hour only; nor past
        // closing: 19:00 is the last hour of the day (it closes at 20:30).
        Fixtures.kiosk.session.identifyCard("3301050006");
        confirm = createTemporaryObject(morningComponent, testCase, { route: "confirm/room-dance@" + (1795395600 + 3 * 3600) });
        waitForRendering(confirm);
        navigations.clear();
        mouseClick(testCase.findAll(confirm, c => c.text === "确认预约" && c.prominent !== undefined && c.visible)[0]);
        compare(testRouter.baseOf(navigations.signalArguments[0][0]), "booked", "someone books 12:00");
        for (const hour of [11, 19]) {
            confirm = createTemporaryObject(morningComponent, testCase, { route: "confirm/room-dance@" + (1795395600 + (hour - 9) * 3600) });
            waitForRendering(confirm);
            longer = findChild(confirm, "longer");
            verify(longer.visible, "free at " + hour);
            verify(!longer.enabled, "no longer from " + hour);
            mouseClick(longer);
            compare(findChild(confirm, "length").text, "时长：1小时");
            const why = hour === 11 ? "不能再延长：之后的时段已被别人预约。" : "不能再延长：这个时段之后房间不开放。";
            verify(testCase.texts(confirm).indexOf(why) >= 0, "says why at " + hour);
        }
    }

    // The small talk (2 places) is full; 张*明 waits; a place frees while he is away.
    // When he next identifies, on whatever screen, the session bar tells him; My still shows it.
    function test_promotion_news_after_identifying() {
        const session = Fixtures.kiosk.session;
        const talk = createTemporaryObject(eventController, testCase);
        for (const card of ["3301050002", "3301050003", "3301050001"]) {
            session.identifyCard(card);
            verify(talk.signUp(card === "3301050001"), card);
            session.end();
        }
        session.identifyCard("3301050002");
        verify(talk.cancelSignUp());
        session.end();

        const page = createTemporaryObject(eventComponent, testCase);
        waitForRendering(page);
        // Full again after the promotion, with nobody left waiting: no "0 waiting".
        verify(testCase.texts(page).indexOf("已报满，暂时无人候补。") >= 0,
               testCase.texts(page).join(" | "));
        const news = findChild(page, "promotions");
        verify(news);
        verify(!news.visible);
        session.identifyCard("3301050001");
        tryCompare(news, "visible", true);
        verify(news.text.indexOf("好消息") >= 0 && news.text.indexOf("中医膏方") >= 0, news.text);
        verify(news.height > 0);
        testCase.grabImage(page).save("session-news-zh.png");
        Fixtures.language.select("en");
        verify(news.text.indexOf("Good news") === 0, news.text);
        Fixtures.language.select("zh");

        const my = createTemporaryObject(myComponent, testCase);
        waitForRendering(my);
        const onMy = testCase.findAll(my, c => c.text !== undefined && c.visible && c.text.indexOf("好消息") >= 0 && c.Accessible.role === Accessible.AlertMessage);
        compare(onMy.length, 1, "shown once on My");
        testCase.grabImage(my).save("my-news-zh.png");
        session.end();
        verify(!news.visible, "wiped when the session ends");
    }

    function test_slot_cells_and_keys_are_large_targets() {
        const room = createTemporaryObject(roomComponent, testCase);
        waitForRendering(room);
        const cells = testCase.findAll(room, c => c.stateText !== undefined && c.visible);
        verify(cells.length >= 10, "slot cells: " + cells.length);
        for (const cell of cells)
            verify(cell.width >= Theme.minTarget && cell.height >= Theme.minTarget, "cell " + cell.width + "x" + cell.height);
        const login = createTemporaryObject(loginComponent, testCase);
        waitForRendering(login);
        const keys = testCase.findAll(login, c => c.prominent !== undefined && c.visible);
        verify(keys.length >= 12);
        for (const key of keys)
            verify(key.width >= Theme.minTarget && key.height >= Theme.minTarget, key.text + " " + key.width + "x" + key.height);
    }

    function test_confirm_then_booked_with_code() {
        Fixtures.kiosk.session.identifyCard("3301050001");
        verify(Fixtures.kiosk.session.active);
        const confirm = createTemporaryObject(confirmComponent, testCase);
        waitForRendering(confirm);
        navigations.clear();
        const buttons = testCase.findAll(confirm, c => c.text === "确认预约" && c.prominent !== undefined && c.visible);
        compare(buttons.length, 1);
        mouseClick(buttons[0]);
        compare(navigations.count, 1);
        const bookedRoute = navigations.signalArguments[0][0];
        compare(testRouter.baseOf(bookedRoute), "booked");
        verify(!Fixtures.kiosk.session.active, "a finished booking ends the session");
        const booked = createTemporaryObject(bookedComponent, testCase, { route: bookedRoute });
        waitForRendering(booked);
        const code = findChild(booked, "code");
        compare(code.text.length, 6);
        verify(!code.visible, "a confirmed booking shows its ticket's code, not a second one");
        testCase.grabImage(booked).save("booked-zh.png");
    }
}
