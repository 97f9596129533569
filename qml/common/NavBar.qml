import QtQuick
import QtQuick.Layouts
import Linli

// Back and Home, large and always in the same place at the bottom of every screen but home.
Rectangle {
    id: root

    signal back
    signal home

    color: Theme.surface
    implicitHeight: Theme.largeTarget + 2 * Theme.gap

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: Math.max(2, Math.round(2 * Theme.scale))
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        KioskButton {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: qsTr("‹ Back")
            Accessible.name: qsTr("Back to the previous screen")
            onClicked: root.back()
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.fillHeight: true
            prominent: true
            text: qsTr("⌂ Home")
            Accessible.name: qsTr("Home screen")
            onClicked: root.home()
        }
    }
}
