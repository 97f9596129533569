pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli

// Typing the ticket's 10-character code on the screen: the code so far, the 32 characters a
// code can have (no 0, 1, I, O), erase, and check.
ColumnLayout {
    id: root
    property string code
    property bool complete: false
    signal typed(string character)
    signal erased()
    signal submitted()

    spacing: Theme.gap

    Text {
        Layout.fillWidth: true
        text: qsTr("Or type the ticket code:")
        color: Theme.text
        font.pixelSize: Theme.bodySize
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.largeTarget
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
        border.width: 2
        Text {
            anchors.centerIn: parent
            text: root.code.length > 0 ? root.code : "_____ _____"
            color: root.code.length > 0 ? Theme.text : Theme.mutedText
            font.pixelSize: Theme.displaySize
            font.family: "Noto Sans Mono CJK SC"
            font.letterSpacing: Math.round(6 * Theme.scale)
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Code typed: %1").arg(root.code)
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 8
        columnSpacing: Math.round(12 * Theme.scale)
        rowSpacing: Math.round(12 * Theme.scale)
        Repeater {
            model: "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".split("")
            delegate: KioskButton {
                id: key
                required property string modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns
                text: key.modelData
                textSize: Theme.headingSize
                Accessible.name: key.modelData
                onClicked: root.typed(key.modelData)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        KioskButton {
            Layout.fillWidth: true
            text: qsTr("Erase")
            Accessible.name: qsTr("Erase the last character")
            enabled: root.code.length > 0
            onClicked: root.erased()
        }
        KioskButton {
            Layout.fillWidth: true
            prominent: true
            text: qsTr("Check code")
            Accessible.name: qsTr("Check the typed code")
            enabled: root.complete
            onClicked: root.submitted()
        }
    }
}
