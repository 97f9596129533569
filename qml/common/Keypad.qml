pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli

// A large on-screen number pad: digits, erase and OK, every key a big target.
GridLayout {
    id: root
    signal digit(string value)
    signal erase
    signal accept
    property string acceptText: qsTr("OK")

    columns: 3
    rowSpacing: Theme.gap / 2
    columnSpacing: Theme.gap / 2

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"]
        delegate: KioskButton {
            id: key
            required property string modelData
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal columns whatever the label
            Layout.preferredHeight: Theme.largeTarget
            prominent: key.modelData === "ok"
            text: key.modelData === "erase" ? qsTr("⌫ Erase") : key.modelData === "ok" ? root.acceptText : key.modelData
            Accessible.name: key.modelData === "erase" ? qsTr("Erase the last digit") : key.text
            onClicked: {
                if (key.modelData === "erase")
                    root.erase();
                else if (key.modelData === "ok")
                    root.accept();
                else
                    root.digit(key.modelData);
            }
        }
    }
}
