import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// confirm/<roomId>@<startUtc>[?slots=N]: every detail of the booking, then one big Confirm.
// Asks the resident to identify first if nobody is signed in.
KioskPage {
    id: root
    required property BookingBackend booking
    showsSession: true
    heading: qsTr("Check and confirm")

    ConfirmController {
        id: controller
        booking: root.booking
        route: root.route
        onBookedLater: root.router.go(controller.bookedRoute)
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
            text: controller.confirming ? qsTr("Asking the service centre to confirm. One moment, please.")
                : controller.refusal.length > 0 ? controller.refusal
                : controller.problem.length > 0 ? controller.problem
                : controller.valid ? "" : qsTr("This time is no longer free. Please go back and choose another time.")
        }
        Rectangle {
            Layout.fillWidth: true
            visible: controller.valid
            implicitHeight: details.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Math.max(2, Math.round(3 * Theme.scale))
            ColumnLayout {
                id: details
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.gap
                BodyText { Layout.fillWidth: true; strong: true; text: controller.roomName }
                BodyText { Layout.fillWidth: true; text: qsTr("Date: %1").arg(controller.date) }
                BodyText { Layout.fillWidth: true; text: qsTr("Time: %1").arg(controller.time) }
                // How long: − and + over the free times straight after, up to the room's limit.
                RowLayout {
                    Layout.fillWidth: true
                    visible: controller.roomMaxSlots > 1
                    spacing: Theme.gap
                    KioskButton {
                        objectName: "shorter"
                        Layout.preferredWidth: Theme.largeTarget
                        Layout.preferredHeight: Theme.largeTarget
                        text: "−"
                        textSize: Theme.displaySize
                        Accessible.name: qsTr("Shorter")
                        enabled: controller.slotCount > 1
                        onClicked: controller.slotCount = controller.slotCount - 1
                    }
                    BodyText {
                        objectName: "length"
                        Layout.fillWidth: true
                        strong: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Length: %1").arg(controller.length)
                    }
                    KioskButton {
                        objectName: "longer"
                        Layout.preferredWidth: Theme.largeTarget
                        Layout.preferredHeight: Theme.largeTarget
                        text: "+"
                        textSize: Theme.displaySize
                        Accessible.name: qsTr("Longer")
                        enabled: controller.slotCount < controller.maxSlots
                        onClicked: controller.slotCount = controller.slotCount + 1
                    }
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: controller.roomMaxSlots > 1 && controller.slotCount >= controller.maxSlots
                    color: Theme.mutedText
                    text: {
                        switch (controller.lengthLimit) {
                        case ConfirmController.WeeklyHours:
                            return qsTr("It cannot be longer: that is all the time you have left in this room this week.");
                        case ConfirmController.NextSlotTaken:
                            return qsTr("It cannot be longer: the next time is already booked.");
                        case ConfirmController.Closing:
                            return qsTr("It cannot be longer: the room is not open after this time.");
                        default:
                            return qsTr("This room can be booked for at most %1 at a time.").arg(controller.maxLength);
                        }
                    }
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: root.kiosk.session.active
                    text: qsTr("Booked by: %1").arg(root.kiosk.session.maskedName)
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: controller.approval
                    color: Theme.mutedText
                    text: qsTr("Staff approve bookings of this room; you will see the answer under My bookings.")
                }
                BodyText {
                    Layout.fillWidth: true
                    color: Theme.mutedText
                    text: qsTr("Please check in here between %1 minutes before and %1 minutes after the start, or the room is given to others.")
                          .arg(controller.checkInWindowMinutes)
                }
            }
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: controller.valid && !root.kiosk.session.active
            prominent: true
            text: qsTr("Identify to book")
            onClicked: root.router.go("login?then=" + encodeURIComponent(controller.resumeRoute))
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: controller.valid && root.kiosk.session.active
            prominent: true
            text: qsTr("Confirm booking")
            enabled: !controller.confirming
            onClicked: {
                if (controller.confirm())
                    root.router.go(controller.bookedRoute);
            }
        }
    }
}
