import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli

// Looks like a search box and opens the search screen, where the keyboard is.
AbstractButton {
    id: root

    implicitHeight: Theme.largeTarget
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Search guides, facilities, activities and notices")

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.disabledSurface : Theme.surface
        border.color: Theme.accent
        border.width: Math.max(3, Math.round(4 * Theme.scale))
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap
        // A magnifier drawn, not a character: emoji are missing from the kiosk's fonts.
        Item {
            implicitWidth: Math.round(48 * Theme.scale)
            implicitHeight: implicitWidth
            Rectangle {
                width: parent.width * 0.7
                height: width
                radius: width / 2
                color: "transparent"
                border.color: Theme.accent
                border.width: Math.max(3, Math.round(5 * Theme.scale))
            }
            Rectangle {
                x: parent.width * 0.55
                y: parent.height * 0.72
                width: parent.width * 0.45
                height: Math.max(4, Math.round(7 * Theme.scale))
                radius: height / 2
                color: Theme.accent
                rotation: 45
                transformOrigin: Item.Left
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Search, e.g. 老年卡 or lnk")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            elide: Text.ElideRight
        }
    }
}
