pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli

// One labelled block of a detail screen ("What to bring", "Opening hours"): a heading and
// either a paragraph or a numbered/ticked list. Hidden when the record has nothing for it,
// so a record missing optional fields still reads cleanly.
Rectangle {
    id: root

    required property string title
    property string text
    property var items: []
    property bool numbered: false
    property color mark: Theme.primary

    visible: root.text.length > 0 || root.items.length > 0
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    border.width: Math.max(2, Math.round(2 * Theme.scale))
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    Accessible.role: Accessible.StaticText
    Accessible.name: root.title + ". " + (root.text.length > 0 ? root.text : root.items.join(". "))

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Math.round(12 * Theme.scale)

        Text {
            Layout.fillWidth: true
            text: root.title
            color: root.mark
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: root.text.length > 0
            text: root.text
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            lineHeight: 1.15
        }
        Repeater {
            model: root.items
            delegate: Row {
                id: item
                required property string modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.gap / 2
                Text {
                    id: marker
                    width: Math.round(56 * Theme.scale)
                    text: root.numbered ? (item.index + 1) + "." : "☐"
                    color: root.mark
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                }
                Text {
                    width: item.width - marker.width - item.spacing
                    text: item.modelData
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                    lineHeight: 1.15
                }
            }
        }
    }
}
