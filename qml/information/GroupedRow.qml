import QtQuick
import Linli

// A list row that may open a new group (a day of activities, a kind of search result) with a
// heading above it. Groups come from the model (firstOf... roles), not ListView sections.
Column {
    id: root

    property string heading
    property bool startsGroup: false
    default property alias row: holder.data

    spacing: Theme.gap / 2

    Text {
        width: root.width
        visible: root.startsGroup
        topPadding: Theme.gap / 2
        text: root.heading
        color: Theme.primary
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: root.heading
    }
    Column {
        id: holder
        width: root.width
    }
}
