import QtQuick
import Linli

// Maintenance mode for staff: no tile; opened by five taps in one corner or a staff card.
Capability {
    backend: "maintenance"
    pages: ({ "maintenance": Qt.resolvedUrl("MaintenancePage.qml") })
    titles: ({ "maintenance": qsTr("Maintenance") })
}
