pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linli

// One floor of the hall: the corridor, the stairs and lift, and each room at its plan box
// (percent of the floor), numbered like the list under the plan and named where it fits.
Rectangle {
    id: root

    // The rooms of one floor (FloorPlanController.rooms): roomId, name and their plan box.
    required property var rooms
    property string highlighted

    signal opened(string id)

    color: Theme.disabledSurface
    border.color: Theme.text
    border.width: Math.max(3, Math.round(4 * Theme.scale))
    radius: Math.round(8 * Theme.scale)
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Floor plan")

    // The demo hall's corridor (y 40–56 %) and stairs and lift (x 86–100 %, top) are the
    // spaces between rooms; they are drawn so the plan reads like the building.
    Text {
        x: root.width * 0.02
        y: root.height * 0.40
        height: root.height * 0.16
        verticalAlignment: Text.AlignVCenter
        text: qsTr("Corridor")
        color: Theme.mutedText
        font.pixelSize: Theme.labelSize
    }
    Text {
        x: root.width * 0.86
        width: root.width * 0.14
        height: root.height * 0.40
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: qsTr("Lift and stairs")
        color: Theme.mutedText
        font.pixelSize: Theme.labelSize
        wrapMode: Text.Wrap
    }

    Repeater {
        model: root.rooms
        delegate: AbstractButton {
            id: room
            required property string roomId
            required property string name
            required property double planX
            required property double planY
            required property double planW
            required property double planH
            required property int index
            readonly property bool marked: room.roomId === root.highlighted
            x: root.width * room.planX / 100 + 2
            y: root.height * room.planY / 100 + 2
            width: root.width * room.planW / 100 - 4
            height: root.height * room.planH / 100 - 4
            Accessible.role: Accessible.Button
            Accessible.name: room.name
            onClicked: root.opened(room.roomId)

            background: Rectangle {
                color: room.marked ? Theme.primary : room.down ? Theme.border : Theme.surface
                border.color: Theme.text
                border.width: Math.max(2, Math.round(2 * Theme.scale))
            }
            contentItem: Column {
                spacing: 0
                Text {
                    width: room.availableWidth
                    horizontalAlignment: Text.AlignHCenter
                    text: room.index + 1
                    color: room.marked ? Theme.textOnPrimary : Theme.primary
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                }
                Text {
                    width: room.availableWidth
                    visible: room.width > root.width * 0.15
                    horizontalAlignment: Text.AlignHCenter
                    text: room.name
                    color: room.marked ? Theme.textOnPrimary : Theme.text
                    font.pixelSize: Theme.labelSize
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
            padding: Math.round(6 * Theme.scale)
        }
    }
}
