import QtQuick
import QtQuick.Layouts
import Linli

// One of today's dishes for canteen staff: servings left, − and + for today's quota (never below
// what is already ordered), Save, and Mark sold out.
Rectangle {
    id: root
    property string name
    property string servings
    property int quota
    property int taken
    property bool soldOut
    property int wanted: root.quota
    signal saved(int quota)
    signal soldOutMarked

    onQuotaChanged: root.wanted = root.quota
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Math.max(2, Math.round(3 * Theme.scale))

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2
        BodyText {
            Layout.fillWidth: true
            strong: true
            text: root.name
        }
        BodyText {
            Layout.fillWidth: true
            text: root.wanted === root.taken && root.taken > 0
                  ? qsTr("%1 · %2 ordered: the quota cannot go lower").arg(root.servings).arg(root.taken)
                  : qsTr("%1 · %2 ordered").arg(root.servings).arg(root.taken)
        }
        RowLayout {
            spacing: Theme.gap / 2
            KioskButton {
                text: "−"
                enabled: root.wanted > root.taken
                Accessible.name: qsTr("One serving fewer of %1").arg(root.name)
                onClicked: root.wanted -= 1
            }
            BodyText {
                Layout.preferredWidth: Theme.minTarget * 1.3
                horizontalAlignment: Text.AlignHCenter
                strong: true
                text: root.wanted
            }
            KioskButton {
                text: "+"
                Accessible.name: qsTr("One serving more of %1").arg(root.name)
                onClicked: root.wanted += 1
            }
            KioskButton {
                text: qsTr("Save")
                prominent: true
                enabled: root.wanted !== root.quota
                Accessible.name: qsTr("Save quota of %1: %2 servings").arg(root.name).arg(root.wanted)
                onClicked: root.saved(root.wanted)
            }
            KioskButton {
                enabled: !root.soldOut
                text: qsTr("Sold out")
                Accessible.name: qsTr("Mark %1 sold out").arg(root.name)
                onClicked: root.soldOutMarked()
            }
        }
    }
}
