pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// room/<id>: pick a day, then a free time in a grid of large cells. Booked and passed times
// are shown as such, never hidden, so the day reads like the sheet on the room's door.
KioskPage {
    id: root
    required property BookingBackend booking
    showsSession: true
    heading: controller.found ? controller.name : qsTr("Book a room")

    RoomController {
        id: controller
        booking: root.booking
        roomId: root.router.argumentOf(root.route)
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
            text: controller.problem.length > 0 ? controller.problem
                : controller.found ? "" : qsTr("This room can no longer be booked. Please go back and choose another room.")
        }
        BodyText {
            Layout.fillWidth: true
            visible: controller.found
            text: qsTr("1. Choose a day")
            strong: true
        }
        ListView {
            id: dayList
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: controller.found
            orientation: ListView.Horizontal
            spacing: Theme.gap / 2
            clip: true
            model: controller.days
            delegate: KioskButton {
                id: day
                required property int index
                required property string label
                required property bool open
                required property bool selected
                height: ListView.view.height
                width: Math.round(300 * Theme.scale)
                text: day.label
                prominent: day.selected
                Accessible.name: day.label + (day.open ? "" : ", " + qsTr("closed"))
                onClicked: controller.selectDay(day.index)
            }
            onCountChanged: dayList.positionViewAtIndex(controller.dayIndex, ListView.Contain)
        }
        BodyText {
            Layout.fillWidth: true
            visible: controller.found
            strong: true
            text: qsTr("2. Tap a free time")
        }
        MessageBox {
            Layout.fillWidth: true
            text: controller.found && !controller.dayOpen ? controller.closedReason : ""
        }
        GridView {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: Math.floor(grid.width / 3)
            cellHeight: Theme.largeTarget + Theme.gap
            model: controller.slotGrid
            delegate: Rectangle {
                id: cell
                required property double startUtc
                required property string time
                required property int state
                readonly property bool free: cell.state === RoomController.Free
                readonly property string stateText: cell.free ? qsTr("Free") : cell.state === RoomController.Taken ? qsTr("Booked")
                                                  : cell.state === RoomController.TooSoon ? qsTr("Too soon") : qsTr("Passed")
                width: grid.cellWidth - Theme.gap / 2
                height: grid.cellHeight - Theme.gap / 2
                radius: Theme.radius
                color: !cell.free ? Theme.disabledSurface : tap.pressed ? "#D9EBDB" : Theme.surface
                border.color: cell.free ? "#2E6B34" : Theme.border
                border.width: Math.max(3, Math.round(4 * Theme.scale))
                Accessible.role: Accessible.Button
                Accessible.name: cell.time + ", " + cell.stateText
                Accessible.onPressAction: cell.choose()
                function choose(): void {
                    if (cell.free)
                        root.router.go("confirm/" + controller.roomId + "@" + cell.startUtc);
                }
                Column {
                    anchors.centerIn: parent
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: cell.time
                        color: cell.free ? Theme.text : Theme.textOnDisabled
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: cell.stateText
                        color: cell.free ? "#2E6B34" : Theme.textOnDisabled
                        font.pixelSize: Theme.labelSize
                    }
                }
                TapHandler {
                    id: tap
                    enabled: cell.free
                    onTapped: cell.choose()
                }
            }
        }
    }
}
