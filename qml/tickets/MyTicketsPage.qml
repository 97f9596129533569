pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// tickets: every ticket of the resident still to use, the soonest first and each at full
// size, to show again at a door or the counter.
KioskPage {
    id: root
    required property TicketsBackend tickets
    showsSession: true
    heading: qsTr("My tickets")

    MyTicketsController {
        id: controller
        tickets: root.tickets
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        SessionBar {
            Layout.fillWidth: true
            kiosk: root.kiosk
            router: root.router
        }
        BodyText {
            Layout.fillWidth: true
            visible: !root.kiosk.session.active
            text: qsTr("Please identify yourself to see your tickets.")
        }
        KioskButton {
            Layout.fillWidth: true
            visible: !root.kiosk.session.active
            prominent: true
            text: qsTr("Identify")
            onClicked: root.router.go("login?then=tickets")
        }
        MessageBox { Layout.fillWidth: true; text: controller.problem }
        BodyText {
            Layout.fillWidth: true
            visible: root.kiosk.session.active && list.count === 0 && controller.problem.length === 0
            text: qsTr("You have no tickets to use. Booking a room, an activity place or a meal gives you one.")
        }
        ListView {
            id: list
            objectName: "ticketList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap
            model: controller.list
            ScrollBar.vertical: KioskScrollBar {}
            delegate: Rectangle {
                id: item
                required property string text
                required property string code
                required property string spokenCode
                required property string title
                required property string validity
                width: ListView.view.width
                implicitHeight: card.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Math.max(2, Math.round(3 * Theme.scale))
                TicketCard {
                    id: card
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    text: item.text
                    code: item.code
                    spokenCode: item.spokenCode
                    title: item.title
                    validity: item.validity
                    tickets: root.tickets
                    hallName: root.kiosk.hallName
                }
            }
        }
        MyLinks {
            Layout.fillWidth: true
            router: root.router
            here: "tickets"
        }
    }
}
