import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli

// One tappable line of a list: a title, up to two lines of detail, an optional badge, and a
// chevron that says "tap for more". At least the theme's large target high.
AbstractButton {
    id: root

    required property string title
    property string detail
    property string extra
    property string badge
    property color badgeColour: Theme.accent

    implicitHeight: Math.max(Theme.largeTarget, column.implicitHeight + 2 * Theme.gap)
    Accessible.role: Accessible.Button
    Accessible.name: (root.badge.length > 0 ? root.badge + ". " : "") + root.title
                     + (root.detail.length > 0 ? ". " + root.detail : "") + (root.extra.length > 0 ? ". " + root.extra : "")

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.disabledSurface : Theme.surface
        border.color: Theme.border
        border.width: Math.max(2, Math.round(2 * Theme.scale))
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: Math.round(6 * Theme.scale)
            Text {
                visible: root.badge.length > 0
                text: root.badge
                color: root.badgeColour
                font.pixelSize: Theme.labelSize
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                text: root.title
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: root.detail.length > 0
                text: root.detail
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: root.extra.length > 0
                text: root.extra
                color: Theme.mutedText
                font.pixelSize: Theme.labelSize
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Text {
            text: "›"
            color: Theme.primary
            font.pixelSize: Theme.displaySize
        }
    }
}
