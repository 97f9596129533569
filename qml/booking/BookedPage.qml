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

        BodyText {
            Layout.fillWidth: true
            visible: !controller.found
            text: qsTr("There is no booking to show. Please start again from the home screen.")
        }
        Rectangle {
            Layout.fillWidth: true
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
                BodyText { Layout.fillWidth: true; text: controller.roomName }
                BodyText { Layout.fillWidth: true; text: controller.when }
                BodyText { Layout.fillWidth: true; text: qsTr("Booking code:") }
                Text {
                    objectName: "code"
                    Layout.fillWidth: true
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
                    color: Theme.mutedText
                    text: qsTr("Please write the code down or remember it. You can see and cancel this booking under My bookings.")
                }
            }
        }
        Item { Layout.fillHeight: true }
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
