import QtQuick
import QtQuick.Layouts
import Linli

// booked: the result of a confirmed booking, with its code. The session has already ended
// (no name here); Done clears the result too.
KioskPage {
    id: root
    readonly property var result: root.kiosk.booking.result
    heading: !root.result.shown ? qsTr("Booking") : root.result.pending ? qsTr("Request sent") : qsTr("Booked")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        BodyText {
            Layout.fillWidth: true
            visible: !root.result.shown
            text: qsTr("There is no booking to show. Please start again from the home screen.")
        }
        Rectangle {
            Layout.fillWidth: true
            visible: root.result.shown ?? false
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
                    text: root.result.pending ? qsTr("✓ Your request is waiting for staff approval.")
                                              : qsTr("✓ Your room is booked.")
                }
                BodyText { Layout.fillWidth: true; text: root.result.roomName ?? "" }
                BodyText { Layout.fillWidth: true; text: (root.result.date ?? "") + "  " + (root.result.time ?? "") }
                BodyText { Layout.fillWidth: true; text: qsTr("Booking code:") }
                Text {
                    Layout.fillWidth: true
                    text: root.result.code ?? ""
                    color: Theme.text
                    font.pixelSize: Theme.displaySize
                    font.bold: true
                    font.letterSpacing: Math.round(12 * Theme.scale)
                    horizontalAlignment: Text.AlignHCenter
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Booking code: %1").arg((root.result.code ?? "").split("").join(" "))
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
            onClicked: {
                root.kiosk.booking.clearResult();
                root.router.go("home");
            }
        }
    }
}
