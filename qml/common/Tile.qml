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

    // Badge beside the title, so two lines of subtitle fit even when the home screen also
    // holds notices and the search row.
    contentItem: ColumnLayout {
        spacing: Math.round(12 * Theme.scale)

        RowLayout {
            Layout.fillWidth: true
            spacing: Math.round(16 * Theme.scale)
            Rectangle {
                Layout.preferredWidth: Math.round(84 * Theme.scale)
                Layout.preferredHeight: Layout.preferredWidth
                radius: width / 2
                color: root.badgeColour
                Text {
                    anchors.centerIn: parent
                    text: root.glyph
                    color: "#FFFFFF"
                    font.pixelSize: Math.round(48 * Theme.scale)
                    font.bold: true
                }
            }
            Text {
                Layout.fillWidth: true
                text: root.title
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.labelSize
                elide: Text.ElideRight
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.subtitle
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            maximumLineCount: 2
            verticalAlignment: Text.AlignTop
        }
        Label {
            visible: !root.available
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
        Item {
            Layout.fillHeight: true
        }
    }
    padding: Math.round(28 * Theme.scale)
}
