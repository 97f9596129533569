pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// 状态: the kiosk's health in three groups, one fact a row; a fact that needs someone is in red
// with "!" (not colour alone). Refresh re-reads.
ColumnLayout {
    id: root
    required property MaintenanceBackend maintenance
    property SyncBackend sync: null

    spacing: Theme.gap
    onVisibleChanged: {
        if (root.visible)
            status.refresh();
    }

    StatusController {
        id: status
        maintenance: root.maintenance
        sync: root.sync
    }

    // Each group: [title, [[label, value, ok], …]]; a row with an empty value is left out.
    readonly property var groups: [
        [qsTr("Connection"), [
                [qsTr("Network"), status.network, status.networkOk],
                [qsTr("Last good sync"), status.lastSync, true],
                [qsTr("Waiting to send"), status.outbox, true]]],
        [qsTr("Data"), [
                [qsTr("Database"), status.databaseOk ? qsTr("%1, check passed").arg(status.database)
                                                     : qsTr("%1, CHECK FAILED: call support").arg(status.database), status.databaseOk],
                [qsTr("Nightly check"), status.integrity, status.integrityOk],
                [qsTr("Restored"), status.restore, false],
                [qsTr("Disk free"), status.diskFree, true]]],
        [qsTr("This kiosk"), [
                [qsTr("Printer"), status.printer, true],
                [qsTr("Card reader"), status.readers, true],
                [qsTr("Camera"), status.camera, true],
                [qsTr("Drawing"), status.sceneGraph, true],
                [qsTr("Memory in use"), status.memory, true],
                [qsTr("Running for"), status.uptime, true],
                [qsTr("Version"), status.version, true]]]
    ]

    ScrollView {
        id: scroll
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth
        clip: true

        // A Column, not a layout: every refresh remakes the groups, and Qt 6.4's layouts crash
        // over a Repeater's destroyed items.
        Column {
            width: scroll.availableWidth
            spacing: Theme.gap
            Repeater {
                model: root.groups
                delegate: StatusGroup {
                    required property var modelData
                    width: scroll.availableWidth
                    title: modelData[0]
                    rows: modelData[1]
                }
            }
        }
    }
    KioskButton {
        text: qsTr("Refresh")
        Accessible.name: qsTr("Refresh the status")
        onClicked: status.refresh()
    }
}
