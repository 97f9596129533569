import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// The staff PIN on the big keypad, after a staff card or the corner gesture.
ColumnLayout {
    id: root
    required property MaintenanceBackend maintenance
    property string pin: ""

    spacing: Theme.gap

    // A refusal or a fresh entry (another staff card) starts the PIN again.
    readonly property string answer: root.maintenance.message
    readonly property bool entry: root.maintenance.cardEntry
    onAnswerChanged: root.pin = ""
    onEntryChanged: root.pin = ""

    BodyText {
        Layout.fillWidth: true
        strong: true
        text: root.maintenance.cardEntry ? qsTr("Staff card read. Type your 6-digit staff PIN.")
                                         : qsTr("Staff only. Type your 6-digit staff PIN.")
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.largeTarget
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.accent
        border.width: Math.max(3, Math.round(4 * Theme.scale))
        Text {
            anchors.centerIn: parent
            text: "●".repeat(root.pin.length) + "○".repeat(6 - root.pin.length)
            color: Theme.text
            font.pixelSize: Theme.displaySize
            font.letterSpacing: Math.round(6 * Theme.scale)
            Accessible.name: qsTr("Staff PIN, %1 of 6 digits typed").arg(root.pin.length)
        }
    }
    MessageBox {
        Layout.fillWidth: true
        text: root.maintenance.busy ? qsTr("Checking…") : root.maintenance.message
    }
    Item { Layout.fillHeight: true }
    Keypad {
        Layout.fillWidth: true
        enabled: !root.maintenance.busy
        acceptText: qsTr("Enter")
        onDigit: value => {
            if (root.pin.length < 6)
                root.pin += value;
        }
        onErase: root.pin = root.pin.slice(0, -1)
        onAccept: {
            if (root.pin.length === 6)
                root.maintenance.signIn(root.pin);
        }
    }
}
