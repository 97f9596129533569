import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// 设置 (administrators): the kiosk's settings in groups, saved together; a bad value is refused
// with why and changes nothing. Volume and the default language apply at once, the rest after a
// restart, as each group says.
ColumnLayout {
    id: root
    required property MaintenanceBackend maintenance
    readonly property bool typing: server.typing || code.typing || place.typing || playlist.typing
    spacing: Theme.gap
    onVisibleChanged: if (root.visible) settings.reload()

    function secs(value: int): string {
        // Whole hours or minutes read best; 90 s stays in seconds, never "1.5 minutes".
        return value % 3600 === 0 ? qsTr("%1 h").arg(value / 3600) : value % 60 === 0 ? qsTr("%1 min").arg(value / 60) : qsTr("%1 s").arg(value);
    }

    SettingsController {
        id: settings
        maintenance: root.maintenance
    }

    ScrollView {
        id: scroll
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth
        clip: true
        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.gap
            ActionCard {
                Layout.fillWidth: true
                title: qsTr("Central server")
                explanation: qsTr("Takes effect after a restart. Leave the address empty to run offline.")
                SettingField {
                    id: server
                    width: parent.width
                    label: qsTr("Server address")
                    placeholder: "https://…"
                    value: settings.serverUrl
                    onEdited: text => settings.serverUrl = text
                }
                SettingField {
                    id: code
                    width: parent.width
                    label: qsTr("Enrolment code (12 characters, from the central server)")
                    value: settings.enrolCode
                    onEdited: text => settings.enrolCode = text
                }
                SettingStepper {
                    width: parent.width
                    label: qsTr("Sync every")
                    value: root.secs(settings.syncIntervalSecs)
                    onStepped: direction => settings.step("interval", direction)
                }
            }
            ActionCard {
                Layout.fillWidth: true
                title: qsTr("Residents")
                explanation: qsTr("The default language applies now; the rest takes effect after a restart.")
                SettingStepper {
                    width: parent.width
                    label: qsTr("End an idle session after")
                    value: root.secs(settings.idleTimeoutSecs)
                    onStepped: direction => settings.step("idle", direction)
                }
                ChoiceBar {
                    width: parent.width
                    values: ["zh", "en"]
                    labels: [qsTr("Default: Chinese"), qsTr("Default: English")]
                    current: settings.language
                    onChosen: value => settings.language = value
                }
                ChoiceBar {
                    width: parent.width
                    values: ["normal", "elder"]
                    labels: [qsTr("Standard type"), qsTr("Large type (elder mode)")]
                    current: settings.elderMode ? "elder" : "normal"
                    onChosen: value => settings.elderMode = value === "elder"
                }
            }
            SoundSettings {
                Layout.fillWidth: true
                settings: settings
            }
            ActionCard {
                Layout.fillWidth: true
                title: qsTr("What this kiosk is for")
                explanation: qsTr("Takes effect after a restart.")
                ChoiceBar {
                    width: parent.width
                    values: ["resident", "checkin"]
                    labels: [qsTr("Residents' self-service"), qsTr("Door check-in")]
                    current: settings.role
                    onChosen: value => settings.role = value
                }
                SettingField {
                    id: place
                    width: parent.width
                    visible: settings.role === "checkin"
                    label: qsTr("Room or canteen at this door (its id, e.g. room-dance)")
                    value: settings.checkInPlace
                    onEdited: text => settings.checkInPlace = text
                }
                SettingField {
                    id: playlist
                    width: parent.width
                    label: qsTr("Attract content (playlist file in the content folder)")
                    value: settings.playlist
                    onEdited: text => settings.playlist = text
                }
            }
        }
    }
    // Loaded with the panel, shown while a field is typed in (see NoticeForm).
    Loader {
        Layout.fillWidth: true
        active: root.visible
        asynchronous: true
        visible: root.typing
        source: "StaffKeyboard.qml"
    }
    BodyText {
        Layout.fillWidth: true
        visible: settings.message !== ""
        font.bold: true
        color: settings.messageOk ? Theme.text : Theme.primary
        text: (settings.messageOk ? "" : "! ") + settings.message
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        KioskButton {
            Layout.fillWidth: true
            prominent: true
            enabled: settings.edited
            text: qsTr("Save settings")
            Accessible.name: qsTr("Save settings")
            onClicked: settings.save()
        }
        KioskButton {
            enabled: settings.edited
            text: qsTr("Undo changes")
            Accessible.name: qsTr("Undo the changes not yet saved")
            onClicked: settings.reload()
        }
    }
}
