pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import Linli
import Linli.Backend
import Linli.TestSupport

// A resident hears the answer: a booking or an order that went through plays the success
// sound, one refused (the slot just taken, no card) the error sound; a cancellation too; and in
// the quiet hours neither sounds. On the demo hall with the fixture's clock (10:00 hall time).
TestCase {
    id: testCase
    name: "Sounds"
    when: windowShown

    readonly property AttractBackend attract: Fixtures.kiosk.backend("attract") as AttractBackend
    property int moved: 0 // seconds the test moved the clock, put back afterwards

    Component {
        id: confirmComponent
        ConfirmController { booking: Fixtures.booking }
    }
    Component {
        id: dishComponent
        DishController { canteen: Fixtures.canteen; offerId: "2026-11-23.lunch.dish-set-a" }
    }
    Component {
        id: myBookingsComponent
        MyBookingsController { booking: Fixtures.booking }
    }

    // The dance room on a day no other test books (24 November: 15:00 is 1795503600).
    function confirmScreen(day: int, hour: int): ConfirmController {
        const startUtc = 1795503600 + (day - 24) * 86400 + (hour - 15) * 3600;
        const made = createTemporaryObject(confirmComponent, testCase, { route: "confirm/room-dance@" + startUtc });
        verify(made);
        verify(made.valid, "the " + hour + ":00 slot is free");
        return made as ConfirmController;
    }

    function cleanup() {
        Fixtures.advanceClockSecs(-testCase.moved);
        testCase.moved = 0;
        Fixtures.kiosk.session.end();
    }

    function test_a_booking_sounds_success_and_a_refusal_error() {
        const sounds = testCase.attract.sounds;
        Fixtures.kiosk.session.identifyCard("3301050008");
        const before = sounds.sounded;
        for (const hour of [15, 16, 17]) {
            Fixtures.kiosk.session.identifyCard("3301050008"); // a booking ends the session
            const screen = testCase.confirmScreen(24, hour);
            verify(screen.confirm(), screen.refusal);
            compare(sounds.lastSound, "success");
        }
        compare(sounds.sounded, before + 3);
        // A fourth upcoming booking of the dance room is more than one resident may hold.
        Fixtures.kiosk.session.identifyCard("3301050008");
        const fourth = testCase.confirmScreen(24, 18);
        verify(!fourth.confirm(), "refused");
        verify(fourth.refusal.length > 0);
        compare(sounds.lastSound, "error");
        compare(sounds.sounded, before + 4);
    }

    function test_an_order_and_a_cancellation_sound() {
        const sounds = testCase.attract.sounds;
        Fixtures.kiosk.session.identifyCard("3301050008");
        const dish = createTemporaryObject(dishComponent, testCase) as DishController;
        const before = sounds.sounded;
        verify(dish.confirm(), dish.refusal);
        compare(sounds.lastSound, "success");
        compare(sounds.sounded, before + 1);

        const mine = createTemporaryObject(myBookingsComponent, testCase) as MyBookingsController;
        verify(!mine.cancel(MyBookingsController.Room, "no-such-booking"));
        compare(sounds.lastSound, "error", "a cancellation refused");
        compare(sounds.sounded, before + 2);
    }

    function test_quiet_hours_keep_answers_silent() {
        const sounds = testCase.attract.sounds;
        Fixtures.advanceClockSecs(12 * 3600); // 22:00 hall time
        testCase.moved += 12 * 3600;
        Fixtures.kiosk.session.identifyCard("3301050007");
        const before = sounds.sounded;
        verify(testCase.confirmScreen(25, 10).confirm(), "booked, in silence");
        Fixtures.kiosk.session.identifyCard("3301050007");
        const mine = createTemporaryObject(myBookingsComponent, testCase) as MyBookingsController;
        verify(!mine.cancel(MyBookingsController.Room, "no-such-booking"), "refused, in silence");
        compare(sounds.sounded, before, "22:00: no sound");
    }
}
