pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// 状态: the kiosk's health, one fact a row, and Refresh.
ColumnLayout {
    id: root
    required property MaintenanceBackend maintenance

    spacing: Theme.gap / 2
    onVisibleChanged: {
        if (root.visible)
            status.refresh();
    }

    StatusController {
        id: status
        maintenance: root.maintenance
    }

    Repeater {
        model: [
            [qsTr("Waiting to send"), status.outbox],
            [qsTr("Database"), status.databaseOk ? qsTr("%1, check passed").arg(status.database)
                                                 : qsTr("%1, CHECK FAILED: call support").arg(status.database)],
            [qsTr("Disk free"), status.diskFree],
            [qsTr("Memory in use"), status.memory],
            [qsTr("Running for"), status.uptime],
            [qsTr("Version"), status.version]
        ]
        delegate: RowLayout {
            id: fact
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.gap
            BodyText {
                Layout.preferredWidth: Math.round(380 * Theme.scale)
                color: Theme.mutedText
                text: fact.modelData[0]
            }
            BodyText {
                Layout.fillWidth: true
                strong: true
                text: fact.modelData[1]
            }
        }
    }
    Item { Layout.fillHeight: true }
    KioskButton {
        text: qsTr("Refresh")
        Accessible.name: qsTr("Refresh the status")
        onClicked: status.refresh()
    }
}
