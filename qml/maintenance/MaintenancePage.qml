import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// 维护模式: the staff PIN first; then who is signed in, the screens their role may use
// (status, today) and Leave, which forgets them and goes home.
KioskPage {
    id: root
    required property MaintenanceBackend maintenance
    property string screen: "status"

    heading: qsTr("Maintenance")
    Component.onCompleted: root.maintenance.stillHere()

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
            values: ["status", "today"]
            labels: [qsTr("Status"), qsTr("Today")]
            current: root.screen
            onChosen: value => root.screen = value
        }
        // Both re-read whenever the staff member (or the language) changes and when shown.
        StatusPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.screen === "status"
            maintenance: root.maintenance
        }
        TodayPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.screen === "today"
            maintenance: root.maintenance
        }
    }
}
