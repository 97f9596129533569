import QtQuick
import Linli

// Route names → screens. Every screen has a route ("guides", "guide/<id>", "search?q=...")
// so it can be opened by a tap, by --route for a screenshot, or by a test.
QtObject {
    id: root

    // Asks the window to show a route; pages call go() instead of knowing the stack.
    signal navigationRequested(string route)

    // The home screen's tiles, in order. Titles are re-read on every language switch.
    readonly property list<QtObject> features: [
        Feature { route: "guides"; glyph: qsTr("G", "tile glyph: service guides"); title: qsTr("Service guides"); subtitle: qsTr("What to bring, and where to go, for each service") },
        Feature { route: "facilities"; glyph: qsTr("F", "tile glyph: facilities"); title: qsTr("Facilities"); subtitle: qsTr("Rooms, opening hours and how to get there") },
        Feature { route: "events"; glyph: qsTr("A", "tile glyph: activities"); title: qsTr("Activities"); subtitle: qsTr("Talks, classes and performances this week") },
        Feature { route: "rooms"; glyph: qsTr("B", "tile glyph: book a room"); title: qsTr("Book a room"); subtitle: qsTr("Dance room, table tennis, meeting rooms") },
        Feature { route: "canteen"; glyph: qsTr("C", "tile glyph: canteen"); title: qsTr("Canteen"); subtitle: qsTr("Order a meal with your elderly meal subsidy") },
        Feature { route: "my"; glyph: qsTr("M", "tile glyph: my bookings"); title: qsTr("My bookings"); subtitle: qsTr("Your bookings, sign-ups and tickets") }
    ]

    // Base route → page file (relative to this module). A feature adds one line here; a
    // route without a page opens the honest "coming soon" page.
    readonly property var pages: ({
        // issue #4: identification, rooms, booking, activity sign-up ("event/<id>": the base
        // route "events" is the information branch's list page)
        "login": "LoginPage.qml",
        "rooms": "../booking/RoomsPage.qml",
        "room": "../booking/RoomPage.qml",
        "confirm": "../booking/ConfirmPage.qml",
        "booked": "../booking/BookedPage.qml",
        "my": "../booking/MyPage.qml",
        "event": "../booking/EventPage.qml",
        // issue #3: resident information
        "guides": "../information/GuidesPage.qml",
        "guide": "../information/GuidePage.qml",
        "facilities": "../information/FacilitiesPage.qml",
        "facility": "../information/FacilityPage.qml",
        "floorplan": "../information/FloorPlanPage.qml",
        "events": "../information/EventsPage.qml",
        "notices": "../information/NoticesPage.qml",
        "search": "../information/SearchPage.qml",
        // end issue #3
    })

    function go(route: string): void {
        root.navigationRequested(route);
    }

    function isBuilt(route: string): bool {
        return root.pages[root.baseOf(route)] !== undefined;
    }

    function pageFor(route: string): string {
        const page = root.pages[root.baseOf(route)];
        return page !== undefined ? page : "ComingSoonPage.qml";
    }

    // "guide/svc-senior-card" → "guide"; "search?q=lnk" → "search".
    function baseOf(route: string): string {
        const end = route.search(/[\/?]/);
        return end < 0 ? route : route.substring(0, end);
    }

    // "guide/svc-senior-card" → "svc-senior-card".
    function argumentOf(route: string): string {
        const slash = route.indexOf("/");
        return slash < 0 ? "" : route.substring(slash + 1);
    }

    // "search?q=lnk&x=1", "q" → "lnk" (decoded).
    function queryValue(route: string, key: string): string {
        const question = route.indexOf("?");
        if (question < 0)
            return "";
        for (const pair of route.substring(question + 1).split("&")) {
            const eq = pair.indexOf("=");
            if (eq > 0 && pair.substring(0, eq) === key)
                return decodeURIComponent(pair.substring(eq + 1).replace(/\+/g, " "));
        }
        return "";
    }

    function titleOf(route: string): string {
        const base = root.baseOf(route);
        for (let i = 0; i < root.features.length; ++i) {
            const feature = root.features[i] as Feature;
            if (feature.route === base)
                return feature.title;
        }
        if (base === "maintenance")
            return qsTr("Maintenance");
        if (base === "event")
            return qsTr("Activity"); // issue #4
        return qsTr("Not found");
    }

    function comingSoonDetail(route: string): string {
        switch (root.baseOf(route)) {
        case "guides": return qsTr("Here you will soon find, for every service of this hall, who can apply, what to bring and which counter to go to.");
        case "facilities": return qsTr("Here you will soon find every room and facility nearby, with opening hours, a floor plan and step-free access.");
        case "events": return qsTr("Here you will soon see the talks, classes and performances of the coming weeks, with seats left.");
        case "rooms": return qsTr("Here you will soon book the dance room, the table-tennis room and the meeting rooms yourself.");
        case "canteen": return qsTr("Here you will soon order your meals at the canteen, with your elderly meal subsidy.");
        case "my": return qsTr("Here you will soon see your bookings, sign-ups and tickets.");
        case "maintenance": return qsTr("Maintenance mode for staff is not available on this kiosk yet.");
        default: return qsTr("This screen does not exist. Please go back to the home screen.");
        }
    }
}
