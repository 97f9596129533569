import QtQuick
import QtQuick.Layouts
import Linli

// One setting changed in steps: its name, − and + either side of its value (big targets, no
// typing), for the sync interval, the idle timeout, the volume and the quiet hours.
RowLayout {
    id: root
    required property string label
    required property string value
    signal stepped(int direction)

    spacing: Theme.gap / 2
    BodyText {
        Layout.fillWidth: true
        text: root.label
    }
    KioskButton {
        text: "−"
        Accessible.name: qsTr("Less: %1").arg(root.label)
        onClicked: root.stepped(-1)
    }
    BodyText {
        Layout.preferredWidth: Theme.minTarget * 2.2
        horizontalAlignment: Text.AlignHCenter
        strong: true
        text: root.value
    }
    KioskButton {
        text: "+"
        Accessible.name: qsTr("More: %1").arg(root.label)
        onClicked: root.stepped(1)
    }
}
