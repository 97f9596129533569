import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// Who is signed in (masked name) and the way out: "Done" wipes the session and goes home.
Rectangle {
    id: root
    required property Kiosk kiosk
    required property Router router

    visible: root.kiosk.session.active
    implicitHeight: visible ? Theme.minTarget + Theme.gap : 0
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
