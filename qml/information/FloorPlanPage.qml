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
    property int floor: 1
    readonly property var rooms: root.information.rooms(root.floor, root.kiosk.language.code)

    heading: qsTr("Floor plan")

    function floorValues(): list<string> {
        let values = [];
        const floors = root.information.floors;
        for (let i = 0; i < floors.length; ++i)
            values.push(String(floors[i]));
        return values;
    }

    function floorLabels(): list<string> {
        let labels = [];
        const floors = root.information.floors;
        for (let i = 0; i < floors.length; ++i)
            labels.push(root.information.floorName(floors[i], root.kiosk.language.code));
        return labels;
    }

    Component.onCompleted: {
        const floors = root.information.floors;
        for (const level of floors) {
            const list = root.information.rooms(level, "en");
            if (list.some(r => r.id === root.highlighted))
                root.floor = level;
        }
        if (floors.length > 0 && floors.indexOf(root.floor) < 0)
            root.floor = floors[0];
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        ChoiceBar {
            Layout.fillWidth: true
            values: root.floorValues()
            labels: root.floorLabels()
            current: String(root.floor)
            onChosen: value => root.floor = Number(value)
        }
        FloorPlan {
            Layout.fillWidth: true
            Layout.preferredHeight: width * 0.62
            rooms: root.rooms
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
                model: root.rooms
                delegate: LegendButton {
                    id: legend
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                    number: legend.index + 1
                    name: legend.modelData.name
                    marked: legend.modelData.id === root.highlighted
                    onClicked: root.router.go("facility/" + legend.modelData.id)
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
