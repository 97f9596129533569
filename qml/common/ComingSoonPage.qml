import QtQuick
import QtQuick.Layouts
import Linli

// Shown for a feature that is not built yet: it says so plainly and tells the resident
// where to get the same help today.
KioskPage {
    id: root

    readonly property string detail: root.router.comingSoonDetail(root.route)
    readonly property string phone: root.kiosk.hallPhone

    heading: root.router.titleOf(root.route)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: body.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Math.max(2, Math.round(3 * Theme.scale))

            ColumnLayout {
                id: body
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.gap
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Coming soon")
                    color: Theme.primary
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                }
                Text {
                    Layout.fillWidth: true
                    text: root.detail
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: root.phone.length > 0
                          ? qsTr("Until then, the staff at the service desk on the ground floor will gladly help you, or call %1.").arg(root.phone)
                          : qsTr("Until then, the staff at the service desk on the ground floor will gladly help you.")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
