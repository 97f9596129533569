import QtQuick
import QtTest
import Linli
import Linli.TestSupport

// issue #4 screens on the demo hall: the slot grid and keypad are big enough for a finger,
// and a signed-in resident confirms the dance room tomorrow at 15:00 and sees the code.
TestCase {
    id: testCase
    name: "Booking"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    Router { id: testRouter }
    Component { id: spyComponent; SignalSpy {} }
    Component {
        id: roomComponent
        RoomPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; router: testRouter; route: "room/room-dance" }
    }
    Component {
        id: confirmComponent
        ConfirmPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; router: testRouter; route: "confirm/room-dance@1795417200" }
    }
    Component {
        id: bookedComponent
        BookedPage { width: 1080; height: 1500; kiosk: Fixtures.kiosk; router: testRouter; route: "booked" }
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
        const spy = createTemporaryObject(spyComponent, testCase, { target: testRouter, signalName: "navigationRequested" });
        const buttons = testCase.findAll(confirm, c => c.text === "确认预约" && c.prominent !== undefined && c.visible);
        compare(buttons.length, 1);
        mouseClick(buttons[0]);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "booked");
        verify(!Fixtures.kiosk.session.active, "a finished booking ends the session");
        const booked = createTemporaryObject(bookedComponent, testCase);
        waitForRendering(booked);
        const code = Fixtures.kiosk.booking.result.code;
        compare(code.length, 6);
        verify(testCase.findAll(booked, c => c.text === code).length === 1);
        testCase.grabImage(booked).save("booked-zh.png");
        Fixtures.kiosk.booking.clearResult();
    }
}
