import QtQuick
import Linli

// Check-in: the screen of a kiosk in the check-in role ([kiosk] role = checkin) at a room's
// door or the canteen's counter. It has no tile: residents never open it from home.
Capability {
    backend: "checkin"
    pages: ({ "checkin": Qt.resolvedUrl("CheckinPage.qml") })
    titles: ({ "checkin": qsTr("Check-in") })
}
