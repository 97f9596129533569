import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// 维护模式: the staff PIN first; then who is signed in, the screens their role may use
// (status, today, actions, settings) and Leave, which forgets them and goes home.
KioskPage {
    id: root
    required property MaintenanceBackend maintenance
    property string screen: "status"
    // The screens the staff member's role may use, in order, and their names: set together,
    // so that the choice bar never shows a screen without its name.
    property list<string> screens: []
    property list<string> screenLabels: []
    function chooseScreens(): void {
        const actions = root.maintenance.mayRunActions;
        const settings = root.maintenance.mayChangeSettings;
        const values = actions && settings ? ["status", "today", "actions", "settings"]
                     : actions ? ["status", "today", "actions"]
                     : settings ? ["status", "today", "settings"] : ["status", "today"];
        const labels = actions && settings ? [qsTr("Status"), qsTr("Today"), qsTr("Actions"), qsTr("Settings")]
                     : actions ? [qsTr("Status"), qsTr("Today"), qsTr("Actions")]
                     : settings ? [qsTr("Status"), qsTr("Today"), qsTr("Settings")] : [qsTr("Status"), qsTr("Today")];
        if (values.length >= root.screens.length) {
            root.screenLabels = labels;
            root.screens = values;
        } else {
            root.screens = values;
            root.screenLabels = labels;
        }
    }
    // Chosen again when the role or the language changes.
    readonly property bool mayRunActions: root.maintenance.mayRunActions
    readonly property bool mayChangeSettings: root.maintenance.mayChangeSettings
    readonly property string statusName: qsTr("Status")
    onMayRunActionsChanged: root.chooseScreens()
    onMayChangeSettingsChanged: root.chooseScreens()
    onStatusNameChanged: root.chooseScreens()

    heading: qsTr("Maintenance")
    Component.onCompleted: {
        root.chooseScreens();
        root.maintenance.stillHere();
    }

    StaffPinPanel {
        anchors.fill: parent
        anchors.margins: Theme.margin
        visible: !root.maintenance.signedIn
        maintenance: root.maintenance
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        visible: root.maintenance.signedIn

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            BodyText {
                Layout.fillWidth: true
                strong: true
                text: qsTr("%1 · %2").arg(root.maintenance.staffName).arg(root.maintenance.roleTitle)
            }
            KioskButton {
                text: qsTr("Leave")
                prominent: true
                Accessible.name: qsTr("Leave maintenance mode")
                onClicked: root.maintenance.leave()
            }
        }
        ChoiceBar {
            Layout.fillWidth: true
            values: root.screens
            labels: root.screenLabels
            current: root.screen
            onChosen: value => root.screen = value
        }
        // Both re-read whenever the staff member (or the language) changes and when shown.
        StatusPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.screen === "status"
            maintenance: root.maintenance
            sync: root.kiosk.backend("sync") as SyncBackend
        }
        TodayPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.screen === "today"
            maintenance: root.maintenance
        }
        // Only for a role that may run actions; another staff member starts on the status.
        ActionsPanel {
            id: actionsPanel
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.screen === "actions" && root.maintenance.mayRunActions
            maintenance: root.maintenance
            sync: root.kiosk.backend("sync") as SyncBackend
            onVisibleChanged: {
                if (!actionsPanel.visible && root.screen === "actions" && !root.maintenance.mayRunActions)
                    root.screen = "status";
            }
        }
        // Only for an administrator; anyone else who finds it chosen goes back to the status.
        SettingsPanel {
            id: settingsPanel
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.screen === "settings" && root.maintenance.mayChangeSettings
            maintenance: root.maintenance
            onVisibleChanged: {
                if (!settingsPanel.visible && root.screen === "settings" && !root.maintenance.mayChangeSettings)
                    root.screen = "status";
            }
        }
    }
}
