import QtQuick
import QtQuick.Controls
import Linli

// Always shown and wide enough to see from arm's length: there is more in this list.
ScrollBar {
    id: root
    policy: ScrollBar.AlwaysOn
    visible: root.size < 1.0
    implicitWidth: Math.round(20 * Theme.scale)
    Accessible.name: qsTr("Scroll")
    contentItem: Rectangle {
        implicitWidth: Math.round(14 * Theme.scale)
        radius: width / 2
        color: Theme.mutedText
    }
}
