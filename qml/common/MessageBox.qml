import QtQuick
import Linli

// A refusal or notice the resident must see: on its own warm panel, never a toast.
Rectangle {
    id: root
    property string text
    visible: root.text.length > 0
    implicitHeight: label.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.urgent
    border.color: Theme.urgentBorder
    border.width: Math.max(2, Math.round(3 * Theme.scale))
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.gap
        text: root.text
        color: Theme.textOnUrgent
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
}
