pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// 预约房间, availability first: every bookable room, free now or when next today. Tap a
// room to choose a day and a time.
KioskPage {
    id: root
    required property BookingBackend booking
    showsSession: true
    heading: qsTr("Book a room")

    RoomsController {
        id: controller
        booking: root.booking
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        SessionBar {
            Layout.fillWidth: true
            kiosk: root.kiosk
            router: root.router
            news: root.booking.news
        }
        MessageBox {
            Layout.fillWidth: true
            text: controller.problem
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Free now and later today. Tap a room to see all days and times.")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap
            model: controller.rooms
            delegate: Rectangle {
                id: card
                required property string roomId
                required property string name
                required property int capacity
                required property bool freeNow
                required property int freeLater
                required property string nextFree
                required property string closedReason
                required property bool closedToday
                required property bool approval
                readonly property string status: card.closedReason.length > 0 ? qsTr("Closed today: %1").arg(card.closedReason)
                    : card.closedToday ? qsTr("Closed today")
                    : card.freeNow ? qsTr("Free now") + (card.freeLater > 0 ? " · " + qsTr("next booking from %1").arg(card.nextFree) : "")
                    : card.freeLater > 0 ? qsTr("Free later today from %1 (%2 times)").arg(card.nextFree).arg(card.freeLater)
                    : qsTr("No free times left today")
                width: ListView.view.width
                implicitHeight: column.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: tap.pressed ? Theme.disabledSurface : Theme.surface
                border.color: card.freeNow || card.freeLater > 0 ? "#2E6B34" : Theme.border
                border.width: Math.max(3, Math.round(4 * Theme.scale))
                Accessible.role: Accessible.Button
                Accessible.name: card.name + ". " + card.status
                Accessible.onPressAction: root.router.go("room/" + card.roomId)

                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap / 3
                    BodyText { Layout.fillWidth: true; strong: true; text: card.name + "  ›" }
                    BodyText {
                        Layout.fillWidth: true
                        text: card.status
                        color: card.freeNow || card.freeLater > 0 ? "#2E6B34" : Theme.mutedText
                        font.bold: true
                    }
                    BodyText {
                        Layout.fillWidth: true
                        color: Theme.mutedText
                        text: qsTr("Up to %1 people").arg(card.capacity)
                              + (card.approval ? " · " + qsTr("staff approve each booking") : "")
                    }
                }
                TapHandler {
                    id: tap
                    onTapped: root.router.go("room/" + card.roomId)
                }
            }
        }
    }
}
