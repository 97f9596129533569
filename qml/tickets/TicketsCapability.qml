import QtQuick
import Linli

// Tickets on screen: the booked, event and ordered screens place a TicketView; My tickets
// shows every live ticket again, soonest first. Its screens receive the `tickets` backend
// (TicketsBackend).
Capability {
    backend: "tickets"
    pages: ({ "tickets": Qt.resolvedUrl("MyTicketsPage.qml") })
    mine: [
        MyLink { order: 30; route: "tickets"; title: qsTr("My tickets") }
    ]
    titles: ({ "tickets": qsTr("My tickets") })
}
