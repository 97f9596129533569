pragma ComponentBehavior: Bound
import QtQuick
import Linli

// A row (wrapping when needed) of large choices, one of them selected: facility categories,
// activity days, floors. The selected one is filled so it reads as "on" without colour alone.
Flow {
    id: root

    required property list<string> values
    // The label shown for each value, in the same order.
    required property list<string> labels
    property string current

    signal chosen(string value)

    spacing: Theme.gap / 2

    Repeater {
        model: root.values
        delegate: KioskButton {
            id: choice
            required property string modelData
            required property int index
            // A page sets values and labels one after the other: for a moment one is longer.
            readonly property string label: root.labels[choice.index] ?? ""
            text: (root.current === choice.modelData ? "✓ " : "") + choice.label
            prominent: root.current === choice.modelData
            Accessible.name: choice.label
            Accessible.checked: root.current === choice.modelData
            onClicked: root.chosen(choice.modelData)
        }
    }
}
