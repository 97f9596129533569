import QtQuick
import QtQuick.Layouts
import Linli

// confirm/<roomId>@<startUtc>: every detail of the booking, then one big Confirm. Asks the
// resident to identify first if nobody is signed in.
KioskPage {
    id: root
    showsSession: true
    heading: qsTr("Check and confirm")
    readonly property string argument: root.router.argumentOf(root.route)
    readonly property var choice: root.kiosk.booking.choice
    readonly property var result: root.kiosk.booking.result
    readonly property int slotCount: root.choice.slots ?? 1
    readonly property int maxSlots: root.choice.maxSlots ?? 1
    property string refusal: ""

    Component.onCompleted: {
        const at = root.argument.lastIndexOf("@");
        if (at > 0)
            root.kiosk.booking.chooseAt(root.argument.substring(0, at), Number(root.argument.substring(at + 1)));
    }

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
            text: root.refusal.length > 0 ? root.refusal
                : root.choice.valid ? "" : qsTr("This time is no longer free. Please go back and choose another time.")
        }
        Rectangle {
            Layout.fillWidth: true
            visible: root.choice.valid
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
                BodyText { Layout.fillWidth: true; strong: true; text: root.choice.roomName ?? "" }
                BodyText { Layout.fillWidth: true; text: qsTr("Date: %1").arg(root.choice.date ?? "") }
                BodyText { Layout.fillWidth: true; text: qsTr("Time: %1").arg(root.choice.time ?? "") }
                // How long: − and + over the free times straight after, up to the room's limit.
                RowLayout {
                    Layout.fillWidth: true
                    visible: (root.choice.roomMaxSlots ?? 1) > 1
                    spacing: Theme.gap
                    KioskButton {
                        objectName: "shorter"
                        Layout.preferredWidth: Theme.largeTarget
                        Layout.preferredHeight: Theme.largeTarget
                        text: "−"
                        textSize: Theme.displaySize
                        Accessible.name: qsTr("Shorter")
                        enabled: root.slotCount > 1
                        onClicked: root.kiosk.booking.setSlotCount(root.slotCount - 1)
                    }
                    BodyText {
                        objectName: "length"
                        Layout.fillWidth: true
                        strong: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Length: %1").arg(root.choice.length ?? "")
                    }
                    KioskButton {
                        objectName: "longer"
                        Layout.preferredWidth: Theme.largeTarget
                        Layout.preferredHeight: Theme.largeTarget
                        text: "+"
                        textSize: Theme.displaySize
                        Accessible.name: qsTr("Longer")
                        enabled: root.slotCount < root.maxSlots
                        onClicked: root.kiosk.booking.setSlotCount(root.slotCount + 1)
                    }
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: (root.choice.roomMaxSlots ?? 1) > 1 && root.slotCount >= root.maxSlots
                    color: Theme.mutedText
                    text: root.choice.longerBlockedBy === "week" ? qsTr("It cannot be longer: that is all the time you have left in this room this week.")
                        : root.choice.longerBlockedBy === "taken" ? qsTr("It cannot be longer: the next time is already booked.")
                        : root.choice.longerBlockedBy === "closed" ? qsTr("It cannot be longer: the room is not open after this time.")
                        : qsTr("This room can be booked for at most %1 at a time.").arg(root.choice.maxLength ?? "")
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: root.kiosk.session.active
                    text: qsTr("Booked by: %1").arg(root.kiosk.session.maskedName)
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: root.choice.approval ?? false
                    color: Theme.mutedText
                    text: qsTr("Staff approve bookings of this room; you will see the answer under My bookings.")
                }
                BodyText {
                    Layout.fillWidth: true
                    color: Theme.mutedText
                    text: qsTr("Please check in here between 15 minutes before and 15 minutes after the start, or the room is given to others.")
                }
            }
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: root.choice.valid && !root.kiosk.session.active
            prominent: true
            text: qsTr("Identify to book")
            onClicked: root.router.go("login?then=" + encodeURIComponent(root.route))
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: root.choice.valid && root.kiosk.session.active
            prominent: true
            text: qsTr("Confirm booking")
            onClicked: {
                if (root.kiosk.booking.confirm())
                    root.router.go("booked");
                else
                    root.refusal = root.result.message ?? "";
            }
        }
    }
}
