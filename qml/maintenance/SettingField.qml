import QtQuick
import QtQuick.Controls
import Linli

// One setting typed on the staff keyboard: its name above a wide field; the field tells the
// panel when it is being typed in, so the keyboard shows.
Column {
    id: root
    required property string label
    required property string value
    property string placeholder: ""
    readonly property bool typing: field.activeFocus
    signal edited(string text)

    spacing: Theme.gap / 4
    BodyText {
        width: root.width
        text: root.label
    }
    TextField {
        id: field
        width: root.width
        height: Theme.minTarget
        font.pixelSize: Theme.bodySize
        text: root.value
        placeholderText: root.placeholder
        Accessible.name: root.label
        onTextEdited: root.edited(field.text)
    }
}
