import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// booked/<bookingId>: the booking just made, with its code. The session has already ended
// (no name here).
KioskPage {
    id: root
    required property BookingBackend booking
    heading: !controller.found ? qsTr("Booking") : controller.pending ? qsTr("Request sent") : qsTr("Booked")

    BookedController {
        id: controller
        booking: root.booking
        bookingId: root.router.argumentOf(root.route)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        ScrollPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            BodyText {
                width: parent.width
                visible: !controller.found
                text: qsTr("There is no booking to show. Please start again from the home screen.")
            }
            Rectangle {
                width: parent.width
                visible: controller.found
                implicitHeight: box.implicitHeight + 2 * Theme.margin
                radius: Theme.radius
                color: Theme.surface
                border.color: "#2E6B34"
                border.width: Math.max(4, Math.round(6 * Theme.scale))
                ColumnLayout {
                    id: box
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.gap
                    BodyText {
                        Layout.fillWidth: true
                        strong: true
                        color: "#2E6B34"
                        text: controller.pending ? qsTr("✓ Your request is waiting for staff approval.")
                                                  : qsTr("✓ Your room is booked.")
                    }
                    TicketView {
                        Layout.fillWidth: true
                        kiosk: root.kiosk
                        source: TicketController.Booking
                        sourceId: controller.found ? root.router.argumentOf(root.route) : ""
                    }
                    BodyText { Layout.fillWidth: true; text: controller.roomName }
                    BodyText { Layout.fillWidth: true; text: controller.when }
                    // A confirmed booking's ticket carries the one code the resident needs; a
                    // request waiting for staff has no ticket, and staff find it by this code.
                    BodyText { Layout.fillWidth: true; visible: controller.pending; text: qsTr("Booking code:") }
                    Text {
                        objectName: "code"
                        Layout.fillWidth: true
                        visible: controller.pending
                        text: controller.code
                        color: Theme.text
                        font.pixelSize: Theme.displaySize
                        font.bold: true
                        font.letterSpacing: Math.round(12 * Theme.scale)
                        horizontalAlignment: Text.AlignHCenter
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Booking code: %1").arg(controller.code.split("").join(" "))
                    }
                    BodyText {
                        Layout.fillWidth: true
                        visible: controller.pending
                        color: Theme.mutedText
                        text: qsTr("Please write the code down or remember it. You can see and cancel this booking under My bookings.")
                    }
                }
            }
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            prominent: true
            text: qsTr("Done")
            Accessible.name: qsTr("Done, back to the home screen")
            onClicked: root.router.go("home")
        }
    }
}
