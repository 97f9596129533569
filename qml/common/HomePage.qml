pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// 首页: urgent notices, then one tile per thing a resident comes to do.
Rectangle {
    id: root

    required property Kiosk kiosk
    required property Router router

    signal open(string route)

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        // A Column, not the layout itself: a sync that changes the notices recreates the banners,
        // and Qt 6.4's layouts can rearrange over a destroyed Repeater item (a crash seen here).
        Column {
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: root.kiosk.urgentNotices
                delegate: NoticeBanner {
                    required property int index
                    width: parent ? parent.width : 0
                    visible: index < 2
                }
            }
        }

        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            text: qsTr("Hello! What would you like to do today?")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        // One search box across guides, facilities, activities and notices, and the notice
        // board, straight from home.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            SearchEntry {
                Layout.fillWidth: true
                onClicked: root.open("search")
            }
            KioskButton {
                Layout.preferredHeight: Theme.largeTarget
                text: qsTr("Notices")
                Accessible.name: qsTr("All notices")
                onClicked: root.open("notices")
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            rowSpacing: Theme.gap
            columnSpacing: Theme.gap

            Repeater {
                model: root.router.features
                delegate: Tile {
                    id: tile
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 1
                    glyph: tile.modelData.glyph
                    title: tile.modelData.title
                    subtitle: tile.modelData.subtitle
                    badgeColour: Theme.tileColours[tile.index % Theme.tileColours.length]
                    available: root.router.isBuilt(tile.modelData.route)
                    onClicked: root.open(tile.modelData.route)
                }
            }
        }

        Text {
            Layout.fillWidth: true
            text: root.kiosk.hallPhone.length > 0
                  ? qsTr("Need help? Ask at the service desk on the ground floor, or call %1.").arg(root.kiosk.hallPhone)
                  : qsTr("Need help? Ask at the service desk on the ground floor.")
            color: Theme.mutedText
            font.pixelSize: Theme.labelSize
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
