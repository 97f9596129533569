import QtQuick
import QtQuick.Layouts
import Linli

// One booking waiting for staff: the room and time, Approve and Reject.
Rectangle {
    id: root
    property string title
    property string detail
    signal approved
    signal rejected

    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Math.max(2, Math.round(3 * Theme.scale))

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
            text: root.detail
        }
        RowLayout {
            spacing: Theme.gap
            KioskButton {
                text: qsTr("Approve")
                prominent: true
                Accessible.name: qsTr("Approve booking: %1, %2").arg(root.title).arg(root.detail)
                onClicked: root.approved()
            }
            KioskButton {
                text: qsTr("Reject")
                Accessible.name: qsTr("Reject booking: %1, %2").arg(root.title).arg(root.detail)
                onClicked: root.rejected()
            }
        }
    }
}
