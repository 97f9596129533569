import QtQuick
import QtQuick.Layouts
import Linli

// event/<id>: an activity's seats; sign up, join the waiting list, or give the place back.
KioskPage {
    id: root
    showsSession: true
    readonly property var event: root.kiosk.booking.event
    readonly property bool signedIn: root.kiosk.session.active
    readonly property string mine: root.event.myStatus ?? ""
    heading: root.event.found ? root.event.title : qsTr("Activity")

    Component.onCompleted: root.kiosk.booking.openEvent(root.router.argumentOf(root.route))

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        SessionBar {
            Layout.fillWidth: true
            kiosk: root.kiosk
            router: root.router
        }
        MessageBox {
            Layout.fillWidth: true
            text: root.event.found ? (root.event.message ?? "") : qsTr("This activity has been cancelled or no longer exists.")
        }
        BodyText { Layout.fillWidth: true; visible: root.event.found; text: root.event.when ?? "" }
        BodyText { Layout.fillWidth: true; visible: root.event.found; text: root.event.place ?? "" }
        BodyText {
            Layout.fillWidth: true
            visible: root.event.found
            strong: true
            text: root.event.capacity === 0 ? qsTr("No sign-up needed: just come along.")
                : root.event.seatsLeft > 0 ? qsTr("%1 of %2 places left").arg(root.event.seatsLeft).arg(root.event.capacity)
                : root.event.waiting > 0 ? qsTr("Full. %1 waiting.").arg(root.event.waiting)
                : qsTr("Full. Nobody on the waiting list yet.")
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.mine.length > 0
            color: "#2E6B34"
            strong: true
            text: root.mine === "confirmed" ? qsTr("✓ You have a place.")
                : qsTr("You are number %1 on the waiting list. If a place frees, it is yours automatically.").arg(root.event.myWaitPosition)
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            readonly property bool canAct: root.event.found && root.event.capacity > 0 && !root.event.started && root.mine.length === 0
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: canAct
            prominent: true
            text: !root.signedIn ? qsTr("Identify to sign up")
                : root.event.seatsLeft > 0 ? qsTr("Sign up") : qsTr("Join the waiting list")
            onClicked: {
                if (!root.signedIn)
                    root.router.go("login?then=" + encodeURIComponent(root.route));
                else
                    root.kiosk.booking.signUp(root.event.seatsLeft === 0);
            }
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: root.mine.length > 0 && !root.event.started
            text: root.mine === "confirmed" ? qsTr("Give my place back") : qsTr("Leave the waiting list")
            onClicked: root.kiosk.booking.cancelSignUp()
        }
    }
}
