import QtQuick
import QtQuick.Controls
import Linli

// A scrolling column for long content (a guide, a facility) with a bar that is always visible
// and a "more below" hint, so a resident knows there is more than fits on the screen.
Flickable {
    id: root

    default property alias content: column.data
    readonly property bool moreBelow: root.contentHeight > root.height && !root.atYEnd

    clip: true
    contentWidth: root.width
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds

    ScrollBar.vertical: KioskScrollBar {}

    Column {
        id: column
        x: Theme.margin
        y: Theme.margin / 2
        width: root.width - 2 * Theme.margin
        spacing: Theme.gap
    }

    Rectangle {
        visible: root.moreBelow
        parent: root
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.gap
        width: hint.implicitWidth + 2 * Theme.gap
        height: hint.implicitHeight + Theme.gap
        radius: height / 2
        color: Theme.accent
        Text {
            id: hint
            anchors.centerIn: parent
            text: qsTr("Swipe up for more ↓")
            color: Theme.textOnAccent
            font.pixelSize: Theme.labelSize
            font.bold: true
        }
    }
}
