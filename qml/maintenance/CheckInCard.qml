import QtQuick
import Linli
import Linli.Backend

// 签到模式: this kiosk checks tickets in for a room or the canteen until someone taps Home;
// opening it signs the staff member out.
Column {
    id: root
    required property MaintenanceBackend maintenance
    property string place
    spacing: Theme.gap

    CheckInModeController {
        id: checkin
        maintenance: root.maintenance
    }

    MessageBox {
        width: root.width
        text: checkin.message
    }
    BodyText {
        width: root.width
        text: qsTr("Residents show their ticket or type its code at this kiosk. Staff are signed out; Home returns to the residents' screen.")
    }
    BodyText {
        width: root.width
        strong: true
        text: qsTr("Check-in for")
    }
    ChoiceBar {
        width: root.width
        values: checkin.places
        labels: checkin.placeNames
        current: root.place
        onChosen: value => root.place = value
    }
    KioskButton {
        prominent: true
        enabled: root.place.length > 0
        text: qsTr("Open check-in mode")
        Accessible.name: qsTr("Open check-in mode on this kiosk")
        onClicked: checkin.open(root.place)
    }
}
