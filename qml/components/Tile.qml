import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli

// A home-screen tile: a coloured badge with one character, the feature's name and a line
// saying what it does. A feature not built yet says so on the tile.
AbstractButton {
    id: root

    required property string glyph
    required property string title
    required property string subtitle
    required property color badgeColour
    property bool available: true

    Accessible.role: Accessible.Button
    Accessible.name: root.available ? root.title + ". " + root.subtitle
                                    : root.title + ". " + qsTr("Coming soon")

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.disabledSurface : Theme.surface
        border.color: Theme.border
        border.width: Math.max(2, Math.round(3 * Theme.scale))
    }

    contentItem: ColumnLayout {
        spacing: Math.round(8 * Theme.scale)

        Item {
            Layout.fillWidth: true
            implicitHeight: Math.round(100 * Theme.scale)
            Rectangle {
                width: parent.implicitHeight
                height: width
                radius: width / 2
                color: root.badgeColour
                Text {
                    anchors.centerIn: parent
                    text: root.glyph
                    color: "#FFFFFF"
                    font.pixelSize: Math.round(56 * Theme.scale)
                    font.bold: true
                }
            }
            Label {
                visible: !root.available
                anchors.right: parent.right
                anchors.top: parent.top
                text: qsTr("Coming soon")
                color: Theme.textOnDisabled
                font.pixelSize: Theme.labelSize
                leftPadding: Theme.gap / 2
                rightPadding: Theme.gap / 2
                topPadding: Math.round(4 * Theme.scale)
                bottomPadding: Math.round(4 * Theme.scale)
                background: Rectangle {
                    radius: height / 2
                    color: Theme.disabledSurface
                }
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: root.subtitle
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            maximumLineCount: 2
            verticalAlignment: Text.AlignTop
        }
    }
    padding: Math.round(32 * Theme.scale)
}
