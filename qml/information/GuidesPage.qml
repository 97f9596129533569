pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// 办事指南: every service of the hall; a tap opens what to bring and where to go.
KioskPage {
    id: root
    required property Catalog information

    heading: qsTr("Service guides")

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        Text {
            Layout.fillWidth: true
            text: qsTr("Choose a service to see who can apply, what to bring and which counter to go to.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        MessageBox {
            Layout.fillWidth: true
            text: root.information.guides.problem
        }
        SearchEntry {
            Layout.fillWidth: true
            onClicked: root.router.go("search")
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: root.information.guides
            delegate: ListRow {
                id: row
                required property string guideId
                required property string summary
                required property string location
                width: list.width - Math.round(28 * Theme.scale)
                detail: row.summary
                extra: row.location.length > 0 ? qsTr("Where: %1").arg(row.location) : ""
                onClicked: root.router.go("guide/" + row.guideId)
            }
            ScrollBar.vertical: KioskScrollBar {}
        }
    }
}
