import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// event/<id>: an activity's seats; sign up, join the waiting list, or give the place back.
KioskPage {
    id: root
    required property BookingBackend booking
    showsSession: true
    readonly property bool signedIn: root.kiosk.session.active
    heading: controller.found ? controller.title : qsTr("Activity")

    EventController {
        id: controller
        booking: root.booking
        eventId: root.router.argumentOf(root.route)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        SessionBar {
            Layout.fillWidth: true
            kiosk: root.kiosk
            router: root.router
            news: root.booking.news
        }
        MessageBox {
            Layout.fillWidth: true
            text: controller.problem.length > 0 ? controller.problem
                : controller.confirming ? qsTr("Asking the service centre to confirm. One moment, please.")
                : controller.found ? controller.message : qsTr("This activity has been cancelled or no longer exists.")
        }
        BodyText { Layout.fillWidth: true; visible: controller.found; text: controller.when }
        BodyText { Layout.fillWidth: true; visible: controller.found; text: controller.place }
        BodyText {
            Layout.fillWidth: true
            visible: controller.found
            strong: true
            text: controller.capacity === 0 ? qsTr("No sign-up needed: just come along.")
                : controller.seatsLeft > 0 ? qsTr("%1 of %2 places left").arg(controller.seatsLeft).arg(controller.capacity)
                : controller.waiting > 0 ? qsTr("Full. %1 waiting.").arg(controller.waiting)
                : qsTr("Full. Nobody on the waiting list yet.")
        }
        BodyText {
            Layout.fillWidth: true
            visible: controller.mine !== EventController.NotSignedUp
            color: "#2E6B34"
            strong: true
            text: controller.mine === EventController.HasPlace ? qsTr("✓ You have a place.")
                : qsTr("You are number %1 on the waiting list. If a place frees, it is yours automatically.").arg(controller.waitPosition)
        }
        // The place's ticket, or why there is none yet (on the waiting list); it scrolls so
        // the buttons below stay on screen.
        ScrollPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TicketView {
                width: parent.width
                // No ticket for a seat the service centre has not confirmed yet.
                visible: controller.mine !== EventController.NotSignedUp && !controller.confirming
                kiosk: root.kiosk
                source: TicketController.SignUp
                sourceId: controller.mine !== EventController.NotSignedUp ? controller.eventId : ""
            }
        }
        KioskButton {
            readonly property bool canAct: controller.found && controller.capacity > 0 && !controller.started
                                           && controller.mine === EventController.NotSignedUp
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: canAct
            prominent: true
            text: !root.signedIn ? qsTr("Identify to sign up")
                : controller.seatsLeft > 0 ? qsTr("Sign up") : qsTr("Join the waiting list")
            onClicked: {
                if (!root.signedIn)
                    root.router.go("login?then=" + encodeURIComponent(root.route));
                else
                    controller.signUp(controller.seatsLeft === 0);
            }
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: controller.cancellable && !controller.confirming
            text: controller.mine === EventController.HasPlace ? qsTr("Give my place back") : qsTr("Leave the waiting list")
            onClicked: controller.cancelSignUp()
        }
    }
}
