import QtQuick
import QtQuick.Layouts
import Linli

// One action of the actions screen: what it does, its buttons (the card's children) and what
// happened the last time, red with "!" when it did not work.
Rectangle {
    id: root
    required property string title
    required property string explanation
    property string result: ""
    property bool resultOk: true
    default property alias buttons: buttonColumn.data

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.gap

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2
        BodyText {
            Layout.fillWidth: true
            strong: true
            text: root.title
        }
        BodyText {
            Layout.fillWidth: true
            color: Theme.mutedText
            text: root.explanation
        }
        // A Column, not a layout: Qt 6.4's layouts crash over a Repeater's destroyed items.
        Column {
            id: buttonColumn
            Layout.fillWidth: true
            spacing: Theme.gap / 2
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.result !== ""
            font.bold: true
            color: root.resultOk ? Theme.text : Theme.primary
            text: (root.resultOk ? "" : "! ") + root.result
        }
    }
}
