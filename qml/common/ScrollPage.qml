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

    // The last lines fade out under the hint, so what it covers reads as "continues below",
    // not as words cut by a label.
    Rectangle {
        visible: root.moreBelow
        parent: root
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.rightMargin: root.ScrollBar.vertical.width
        anchors.bottom: parent.bottom
        z: 1
        height: hint.implicitHeight + 4 * Theme.gap
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
            GradientStop { position: 0.5; color: Theme.background }
            GradientStop { position: 1.0; color: Theme.background }
        }
    }
    Rectangle {
        visible: root.moreBelow
        parent: root
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.gap
        z: 2
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
