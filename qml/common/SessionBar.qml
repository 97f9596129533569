import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// Who is signed in (masked name) and the way out: "Done" wipes the session and goes home.
// Below it, news a capability keeps for the resident since their last visit (a waiting-list
// place that became theirs), so they see it on whichever screen they identified from.
ColumnLayout {
    id: root
    required property Kiosk kiosk
    required property Router router
    property string news: ""

    visible: root.kiosk.session.active
    spacing: Theme.gap

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.minTarget + Theme.gap
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Math.max(2, Math.round(3 * Theme.scale))

        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.gap / 2
            spacing: Theme.gap
            BodyText {
                Layout.fillWidth: true
                leftPadding: Theme.gap
                text: qsTr("Signed in: %1").arg(root.kiosk.session.maskedName)
            }
            KioskButton {
                text: qsTr("Done")
                Accessible.name: qsTr("Done, sign out")
                onClicked: {
                    root.kiosk.session.end();
                    root.router.go("home");
                }
            }
        }
    }
    MessageBox {
        objectName: "promotions"
        Layout.fillWidth: true
        text: root.news
    }
}
