import QtQuick
import Linli

// The search box: large type, a clear border, a hint while empty. A plain TextInput so the
// text sits exactly where a resident expects it, whatever the Controls style.
Rectangle {
    id: root

    property alias text: input.text
    property string placeholder

    function focusInput(): void {
        input.forceActiveFocus();
    }

    implicitHeight: Theme.largeTarget
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.accent
    border.width: Math.max(3, Math.round(4 * Theme.scale))

    TextInput {
        id: input
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        verticalAlignment: TextInput.AlignVCenter
        font.pixelSize: Theme.headingSize
        font.family: Theme.fontFamily
        color: Theme.text
        maximumLength: 64
        clip: true
        // Lockdown: no selection handles or drag-selecting (Qt 6.4 turns it on by default).
        selectByMouse: false
        // Lower case and no word prediction: search words, not sentences
        // (Qt.ImhNoAutoUppercase | ImhPreferLowercase | ImhNoPredictiveText, spelled as numbers for qmllint 6.4).
        Component.onCompleted: input.inputMethodHints = 0x4 | 0x20 | 0x40
        Accessible.role: Accessible.EditableText
        Accessible.name: root.placeholder
    }
    Text {
        anchors.fill: input
        verticalAlignment: Text.AlignVCenter
        visible: input.text.length === 0
        text: root.placeholder
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        elide: Text.ElideRight
    }
}
