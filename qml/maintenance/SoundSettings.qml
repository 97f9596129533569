import Linli
import Linli.Backend

// The settings panel's sounds: the volume of taps (applies at once) and the quiet hours in
// which the kiosk makes no sound at all (after a restart).
ActionCard {
    id: root
    required property SettingsController settings

    title: qsTr("Sound")
    explanation: qsTr("The volume applies now; the quiet hours take effect after a restart.")
    SettingStepper {
        width: parent.width
        label: qsTr("Volume")
        value: root.settings.volume === 0 ? qsTr("Off") : qsTr("%1 %").arg(root.settings.volume)
        onStepped: direction => root.settings.step("volume", direction)
    }
    SettingStepper {
        width: parent.width
        label: qsTr("Quiet from")
        value: root.settings.quietFrom
        onStepped: direction => root.settings.step("quietFrom", direction)
    }
    SettingStepper {
        width: parent.width
        label: qsTr("Quiet until")
        value: root.settings.quietTo
        onStepped: direction => root.settings.step("quietTo", direction)
    }
}
