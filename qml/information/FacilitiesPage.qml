pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// 设施导览: the hall's rooms and the facilities around it, filtered by category, with the
// floor plan one tap away. "facilities?category=sports" opens with a filter chosen.
KioskPage {
    id: root
    required property Catalog information

    readonly property PlaceListModel places: root.information.places

    heading: qsTr("Facilities")

    CatalogWords { id: words }

    Component.onCompleted: root.places.category = root.router.queryValue(root.route, "category")

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        KioskButton {
            Layout.fillWidth: true
            prominent: true
            text: qsTr("Floor plan of this hall")
            Accessible.name: qsTr("Open the floor plan of this hall")
            onClicked: root.router.go("floorplan")
        }
        ChoiceBar {
            Layout.fillWidth: true
            values: ["", "elderly_care", "culture", "party_mass", "canteen", "sports", "children"]
            labels: [words.category(""), words.category("elderly_care"), words.category("culture"),
                words.category("party_mass"), words.category("canteen"), words.category("sports"),
                words.category("children")]
            current: root.places.category
            onChosen: value => root.places.category = value
        }
        MessageBox {
            Layout.fillWidth: true
            text: root.places.problem
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: root.places
            delegate: ListRow {
                id: row
                required property string placeId
                required property string name
                required property string category
                required property string address
                required property string floors
                required property string hours
                required property bool inHall
                width: list.width - Math.round(28 * Theme.scale)
                title: row.name
                badge: (row.inHall ? qsTr("In this hall") + " · " : "") + words.category(row.category)
                       + (row.floors.length > 0 ? " · " + row.floors : "")
                badgeColour: row.inHall ? Theme.primary : Theme.accent
                detail: row.hours
                extra: row.address
                onClicked: root.router.go("facility/" + row.placeId)
            }
            ScrollBar.vertical: KioskScrollBar {}
        }
    }
}
