pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// 楼层平面图 ("floorplan", "floorplan?room=<id>"): the hall's floors drawn from the rooms'
// plan boxes, each room numbered and named; tapping a room or its line opens its details.
KioskPage {
    id: root
    required property Catalog information

    readonly property string highlighted: root.router.queryValue(root.route, "room")
    readonly property int floor: controller.floor

    heading: qsTr("Floor plan")

    FloorPlanController {
        id: controller
        information: root.information
        highlighted: root.highlighted
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        MessageBox {
            Layout.fillWidth: true
            text: controller.problem
        }
        ChoiceBar {
            Layout.fillWidth: true
            values: controller.floorValues
            labels: controller.floorNames
            current: String(controller.floor)
            onChosen: value => controller.floor = Number(value)
        }
        FloorPlan {
            Layout.fillWidth: true
            Layout.preferredHeight: width * 0.62
            rooms: controller.rooms
            highlighted: root.highlighted
            onOpened: id => root.router.go("facility/" + id)
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Tap a room to see its opening hours and what it offers.")
            color: Theme.mutedText
            font.pixelSize: Theme.labelSize
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            rowSpacing: Theme.gap / 2
            columnSpacing: Theme.gap / 2
            Repeater {
                model: controller.rooms
                delegate: LegendButton {
                    id: legend
                    required property string roomId
                    required property int index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                    number: legend.index + 1
                    marked: legend.roomId === root.highlighted
                    onClicked: root.router.go("facility/" + legend.roomId)
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
