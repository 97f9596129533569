pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import Linli
import Linli.Backend
import Linli.TestSupport

// Tickets on screen: a booking's TicketView draws its QR code in whole modules at 600 px or
// more with a white quiet zone, the human code grouped in fives, each named for a screen
// reader in both languages; what has no ticket says why; My tickets shows the resident's.
TestCase {
    id: testCase
    name: "Tickets"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    Router { id: testRouter }
    Component {
        id: viewComponent
        TicketView { width: 1000; kiosk: Fixtures.kiosk; source: TicketController.Booking; sourceId: "" }
    }
    Component {
        id: myTicketsComponent
        MyTicketsPage { width: 1080; height: 1700; kiosk: Fixtures.kiosk; tickets: Fixtures.tickets; router: testRouter; route: "tickets" }
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
    function named(item: Item, name: string): Item {
        const found = testCase.findAll(item, c => c.objectName === name);
        return found.length > 0 ? found[0] : null;
    }

    function init() {
        Fixtures.language.select("zh");
        Fixtures.kiosk.session.end();
    }

    function test_a_bookings_ticket_is_drawn_large_and_crisp_with_its_code() {
        const bookingId = Fixtures.bookDanceRoom();
        verify(bookingId.length > 0);
        const view = createTemporaryObject(viewComponent, testCase, { sourceId: bookingId });
        verify(view.issued);
        const qr = testCase.named(view, "ticketQr");
        verify(qr.valid);
        tryVerify(() => qr.width >= 600 && qr.height === qr.width, 5000, "QR code " + qr.width + "x" + qr.height);
        verify(qr.moduleSize >= 10, "modules of " + qr.moduleSize + " px");
        verify(qr.sideModules * qr.moduleSize >= 600 && qr.sideModules * qr.moduleSize <= qr.width);
        compare(qr.Accessible.name, "凭证二维码");

        // Drawn as it is painted: a white quiet zone of 4 modules, then the finder pattern's
        // black corner, each module a whole square of one colour.
        waitForRendering(qr);
        const image = grabImage(qr);
        const left = Math.floor((qr.width - qr.sideModules * qr.moduleSize) / 2);
        const top = Math.floor((qr.height - qr.sideModules * qr.moduleSize) / 2);
        const quiet = 4 * qr.moduleSize;
        compare(image.pixel(left + 1, top + 1), Qt.rgba(1, 1, 1, 1));
        compare(image.pixel(left + quiet - 1, top + quiet - 1), Qt.rgba(1, 1, 1, 1));
        compare(image.pixel(left + quiet, top + quiet), Qt.rgba(0, 0, 0, 1));
        compare(image.pixel(left + quiet + qr.moduleSize - 1, top + quiet + qr.moduleSize - 1), Qt.rgba(0, 0, 0, 1));
        // The finder's second ring is white, from the first pixel of its module.
        compare(image.pixel(left + quiet + qr.moduleSize, top + quiet + qr.moduleSize), Qt.rgba(1, 1, 1, 1));

        const code = testCase.named(view, "ticketCode");
        verify(/^[2-9A-HJ-NP-Z]{5} [2-9A-HJ-NP-Z]{5}$/.test(code.text), code.text);
        verify(code.font.pixelSize >= Theme.displaySize);
        compare(code.Accessible.name, "凭证码：" + code.text.split("").map(c => c === " " ? "," : c).join(" "));

        Fixtures.language.select("en");
        compare(qr.Accessible.name, "Ticket QR code");
        verify(code.Accessible.name.startsWith("Ticket code: "));
        const again = createTemporaryObject(viewComponent, testCase, { sourceId: bookingId });
        compare(testCase.named(again, "ticketQr").text, qr.text, "the same ticket each time");
    }

    function test_no_ticket_says_why() {
        const view = createTemporaryObject(viewComponent, testCase, { sourceId: "no-such-booking" });
        verify(!view.issued);
        verify(!testCase.named(view, "ticketQr").visible);
        const reason = testCase.named(view, "ticketReason") as BodyText;
        verify(reason.visible);
        verify(reason.text.length > 0);
    }

    function test_my_tickets_shows_the_residents_tickets() {
        Fixtures.bookDanceRoom();
        const page = createTemporaryObject(myTicketsComponent, testCase);
        const list = testCase.named(page, "ticketList");
        compare(list.count, 0, "nobody signed in");
        Fixtures.kiosk.session.identifyCard("3301050001");
        tryVerify(() => list.count > 0);
        const qrs = testCase.findAll(list, c => c.objectName === "ticketQr" && c.visible);
        verify(qrs.length > 0);
        verify(qrs[0].width >= 600);
        Fixtures.kiosk.session.end();
        tryCompare(list, "count", 0);
    }

    function test_the_print_button_prints_once_and_says_so() {
        const view = createTemporaryObject(viewComponent, testCase, { sourceId: Fixtures.bookDanceRoom(17) });
        verify(view.issued);
        const button = testCase.named(view, "printReceipt") as KioskButton;
        verify(button.visible, "the kiosk has a printer");
        tryVerify(() => button.height >= Theme.minTarget && button.width >= Theme.minTarget, 5000,
                  "button " + button.width + "x" + button.height);
        compare(button.Accessible.name, "打印凭条");
        const outcome = testCase.named(view, "printOutcome") as BodyText;
        verify(!outcome.visible);
        const before = Fixtures.receiptCount();

        mouseClick(button);
        compare(button.text, "正在打印…");
        verify(!button.enabled, "cannot be pressed twice");
        mouseClick(button);
        tryCompare(outcome, "text", "已打印，请取走凭条", 10000);
        verify(outcome.visible);
        verify(button.enabled);
        compare(button.text, "打印凭条");
        compare(Fixtures.receiptCount(), before + 1, "one press, one receipt");
    }
}
