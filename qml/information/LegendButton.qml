import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli

// One line of the floor plan's key: the room's number as on the plan, and its full name
// (two lines if need be), in body type so long counter names are not cut off.
AbstractButton {
    id: root

    required property int number
    required property string name
    property bool marked: false

    implicitHeight: Math.max(Theme.minTarget, row.implicitHeight + Theme.gap)
    Accessible.role: Accessible.Button
    Accessible.name: root.name

    background: Rectangle {
        radius: Theme.radius
        color: root.marked ? Theme.primary : root.down ? Theme.disabledSurface : Theme.surface
        border.color: Theme.border
        border.width: Math.max(2, Math.round(2 * Theme.scale))
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.gap / 2
        anchors.rightMargin: Theme.gap / 2
        spacing: Theme.gap / 2
        Text {
            text: root.number
            color: root.marked ? Theme.textOnPrimary : Theme.primary
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            text: root.name
            color: root.marked ? Theme.textOnPrimary : Theme.text
            font.pixelSize: Theme.bodySize
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
