import QtQuick
import Linli

// Room booking and activity sign-up. Its screens receive the `booking` backend
// (BookingBackend) and each makes its own controller from it.
Capability {
    backend: "booking"
    pages: ({
        "rooms": Qt.resolvedUrl("RoomsPage.qml"),
        "room": Qt.resolvedUrl("RoomPage.qml"),
        "confirm": Qt.resolvedUrl("ConfirmPage.qml"),
        "booked": Qt.resolvedUrl("BookedPage.qml"),
        "my": Qt.resolvedUrl("MyPage.qml"),
        "event": Qt.resolvedUrl("EventPage.qml")
    })
    tiles: [
        Feature { order: 40; route: "rooms"; glyph: qsTr("B", "tile glyph: book a room"); title: qsTr("Book a room"); subtitle: qsTr("Dance room, table tennis, meeting rooms") },
        Feature { order: 60; route: "my"; glyph: qsTr("M", "tile glyph: my bookings"); title: qsTr("My bookings"); subtitle: qsTr("Your bookings, sign-ups and tickets") }
    ]
    mine: [
        MyLink { order: 10; route: "my"; title: qsTr("My bookings", "My area: the way to the resident's bookings") }
    ]
    // "event/<id>" is one activity's sign-up; "events" is the information list.
    titles: ({ "event": qsTr("Activity") })
}
