pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// my: upcoming room bookings and activity sign-ups, each with Cancel (asked once more, on
// its own panel). Good news about a waiting-list place comes first, in the session bar.
KioskPage {
    id: root
    required property BookingBackend booking
    showsSession: true
    heading: qsTr("My bookings")
    property int cancelKind: MyBookingsController.Room
    property string cancelId: ""
    property string cancelTitle: ""

    MyBookingsController {
        id: controller
        booking: root.booking
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
        BodyText {
            Layout.fillWidth: true
            visible: !root.kiosk.session.active
            text: qsTr("Please identify yourself to see your bookings.")
        }
        KioskButton {
            Layout.fillWidth: true
            visible: !root.kiosk.session.active
            prominent: true
            text: qsTr("Identify")
            onClicked: root.router.go("login?then=my")
        }
        MessageBox { Layout.fillWidth: true; text: controller.problem.length > 0 ? controller.problem : controller.message }
        BodyText {
            Layout.fillWidth: true
            visible: root.kiosk.session.active && list.count === 0
            text: qsTr("You have no upcoming bookings or sign-ups.")
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap
            model: controller.items
            delegate: Rectangle {
                id: item
                required property int kind
                required property string itemId
                required property string title
                required property string when
                required property string code
                required property string status
                required property bool cancellable
                required property bool checkInOpen
                width: ListView.view.width
                implicitHeight: col.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Math.max(2, Math.round(3 * Theme.scale))
                ColumnLayout {
                    id: col
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap / 3
                    BodyText { Layout.fillWidth: true; strong: true; text: item.title }
                    BodyText { Layout.fillWidth: true; text: item.when }
                    BodyText {
                        Layout.fillWidth: true
                        color: Theme.mutedText
                        text: item.status + (item.code.length > 0 ? " · " + qsTr("code %1").arg(item.code) : "")
                    }
                    KioskButton {
                        visible: item.checkInOpen
                        prominent: true
                        text: qsTr("Check in now")
                        Accessible.name: qsTr("Check in now: %1").arg(item.title)
                        onClicked: controller.checkIn(item.itemId)
                    }
                    KioskButton {
                        id: cancelButton
                        visible: item.cancellable
                        text: item.kind === MyBookingsController.Activity ? qsTr("Cancel sign-up") : qsTr("Cancel booking")
                        Accessible.name: cancelButton.text + ": " + item.title
                        onClicked: {
                            root.cancelKind = item.kind;
                            root.cancelId = item.itemId;
                            root.cancelTitle = item.title + "\n" + item.when;
                        }
                    }
                }
            }
        }
        // The resident's other "My" screens (My meal orders …), as their capabilities list them.
        MyLinks {
            Layout.fillWidth: true
            router: root.router
            here: "my"
        }
    }

    // One decision on its own: cancel, or keep.
    Rectangle {
        anchors.fill: parent
        visible: root.cancelId.length > 0
        color: Theme.background
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.margin
            BodyText { Layout.fillWidth: true; strong: true; text: qsTr("Cancel this?") }
            BodyText { Layout.fillWidth: true; text: root.cancelTitle }
            Item { Layout.fillHeight: true }
            KioskButton {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.largeTarget
                prominent: true
                text: qsTr("Yes, cancel it")
                onClicked: {
                    controller.cancel(root.cancelKind, root.cancelId);
                    root.cancelId = "";
                }
            }
            KioskButton {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.largeTarget
                text: qsTr("No, keep it")
                onClicked: root.cancelId = ""
            }
        }
    }
}
