pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// 操作: sync now, export diagnostics to a USB stick or the kiosk's folder, restart the app (after
// a second press). Each says what it did; each is written to the audit log.
ScrollView {
    id: root
    required property MaintenanceBackend maintenance
    property SyncBackend sync: null
    property bool confirmingRestart: false
    property bool restarting: false

    contentWidth: availableWidth
    clip: true
    onVisibleChanged: {
        root.confirmingRestart = false;
        if (root.visible)
            actions.refreshPlaces();
    }

    ActionsController {
        id: actions
        maintenance: root.maintenance
        sync: root.sync
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.gap

        ActionCard {
            Layout.fillWidth: true
            title: qsTr("Sync now")
            explanation: qsTr("Send the waiting changes to the central server and fetch its news now.")
            result: actions.syncMessage
            resultOk: actions.syncOk || actions.syncing
            KioskButton {
                text: actions.syncing ? qsTr("Syncing…") : qsTr("Sync now")
                prominent: true
                enabled: !actions.syncing
                Accessible.name: qsTr("Sync with the central server now")
                onClicked: actions.syncNow()
            }
        }
        ActionCard {
            Layout.fillWidth: true
            title: qsTr("Export diagnostics")
            explanation: qsTr("Logs, status and settings for the supplier, without names, card or phone numbers. Choose where to save them:")
            result: actions.exportMessage
            resultOk: actions.exportOk || actions.exporting
            Repeater {
                model: actions.places
                delegate: KioskButton {
                    id: place
                    required property int index
                    required property string title
                    width: Math.min(implicitWidth, root.availableWidth - 2 * Theme.gap)
                    text: place.title
                    enabled: !actions.exporting
                    Accessible.name: qsTr("Save the diagnostics to %1").arg(place.title)
                    onClicked: actions.exportTo(place.index)
                }
            }
            KioskButton {
                text: qsTr("Look for USB sticks again")
                Accessible.name: qsTr("Look for USB sticks again")
                onClicked: actions.refreshPlaces()
            }
        }
        ActionCard {
            Layout.fillWidth: true
            title: qsTr("Restart the app")
            explanation: root.restarting ? qsTr("Restarting: the kiosk is back in a few seconds.")
                                         : qsTr("The kiosk closes and starts again by itself within a few seconds. Nothing is lost.")
            RowLayout {
                visible: !root.restarting
                spacing: Theme.gap
                KioskButton {
                    text: root.confirmingRestart ? qsTr("Yes, restart now") : qsTr("Restart the app")
                    prominent: root.confirmingRestart
                    Accessible.name: root.confirmingRestart ? qsTr("Yes, restart the app now") : qsTr("Restart the app")
                    onClicked: {
                        if (!root.confirmingRestart) {
                            root.confirmingRestart = true;
                            return;
                        }
                        root.restarting = true;
                        actions.restart();
                    }
                }
                KioskButton {
                    visible: root.confirmingRestart
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Do not restart")
                    onClicked: root.confirmingRestart = false
                }
            }
        }
    }
}
