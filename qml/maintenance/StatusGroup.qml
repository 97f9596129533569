pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli

// One card of the status screen: a title and its facts, label left, value right.
Rectangle {
    id: root
    required property string title
    // [[label, value, ok], …]; rows with an empty value are left out.
    required property var rows

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.gap

    // Columns, not layouts: Qt 6.4's layouts crash over a Repeater's destroyed items.
    Column {
        id: column
        x: Theme.gap
        y: Theme.gap
        width: root.width - 2 * Theme.gap
        spacing: Theme.gap / 2
        BodyText {
            width: column.width
            strong: true
            text: root.title
        }
        Repeater {
            model: root.rows.filter(r => r[1] !== "")
            delegate: Item {
                id: fact
                required property var modelData
                width: column.width
                height: Math.max(label.implicitHeight, value.implicitHeight)
                BodyText {
                    id: label
                    width: Math.round(300 * Theme.scale)
                    color: Theme.mutedText
                    text: fact.modelData[0]
                }
                BodyText {
                    id: value
                    x: label.width + Theme.gap
                    width: fact.width - x
                    font.bold: true
                    color: fact.modelData[2] ? Theme.text : Theme.primary
                    text: (fact.modelData[2] ? "" : "! ") + fact.modelData[1]
                }
            }
        }
    }
}
