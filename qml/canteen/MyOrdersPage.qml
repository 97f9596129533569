pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// orders: the resident's meal orders, each with Cancel while its cut-off allows (asked once
// more, on its own panel), and the voucher balance with its history.
KioskPage {
    id: root
    required property CanteenBackend canteen
    showsSession: true
    heading: qsTr("My meal orders")
    property string cancelId: ""
    property string cancelTitle: ""

    MyOrdersController {
        id: controller
        canteen: root.canteen
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
        BodyText {
            Layout.fillWidth: true
            visible: !root.kiosk.session.active
            text: qsTr("Please identify yourself to see your meal orders and vouchers.")
        }
        KioskButton {
            Layout.fillWidth: true
            visible: !root.kiosk.session.active
            prominent: true
            text: qsTr("Identify")
            onClicked: root.router.go("login?then=orders")
        }
        MessageBox { Layout.fillWidth: true; text: controller.problem.length > 0 ? controller.problem : controller.message }
        ScrollPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.kiosk.session.active

            BodyText {
                width: parent.width
                visible: controller.orders.count === 0
                text: qsTr("You have no meals ordered.")
            }
            Repeater {
                model: controller.orders
                delegate: Rectangle {
                    id: order
                    required property string orderId
                    required property string title
                    required property string meal
                    required property string detail
                    required property string code
                    required property bool cancellable
                    required property string cancelBy
                    width: parent ? parent.width : 0
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
                        BodyText { Layout.fillWidth: true; strong: true; text: order.title }
                        BodyText { Layout.fillWidth: true; text: order.meal }
                        BodyText { Layout.fillWidth: true; text: order.detail }
                        BodyText { Layout.fillWidth: true; color: Theme.mutedText; text: qsTr("Order code %1").arg(order.code) + " · " + order.cancelBy }
                        KioskButton {
                            visible: order.cancellable
                            text: qsTr("Cancel order")
                            Accessible.name: qsTr("Cancel order: %1").arg(order.title)
                            onClicked: {
                                root.cancelId = order.orderId;
                                root.cancelTitle = order.title + "\n" + order.meal;
                            }
                        }
                    }
                }
            }
            BodyText { width: parent.width; strong: true; text: qsTr("Vouchers: %1 left").arg(controller.balance) }
            Repeater {
                model: controller.history
                delegate: RowLayout {
                    id: entry
                    required property string when
                    required property string what
                    required property string amount
                    required property bool credit
                    width: parent ? parent.width : 0
                    spacing: Theme.gap
                    BodyText { Layout.fillWidth: true; text: entry.when + "\n" + entry.what }
                    BodyText { strong: true; color: entry.credit ? "#2E6B34" : Theme.text; text: entry.amount }
                }
            }
        }
        Item {
            Layout.fillHeight: true
            visible: !root.kiosk.session.active
        }
        KioskButton {
            Layout.fillWidth: true
            text: qsTr("Order a meal")
            onClicked: root.router.go("canteen")
        }
        // Back to My bookings, and any other "My" screen, as their capabilities list them.
        MyLinks {
            Layout.fillWidth: true
            router: root.router
            here: "orders"
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
            BodyText { Layout.fillWidth: true; strong: true; text: qsTr("Cancel this meal?") }
            BodyText { Layout.fillWidth: true; text: root.cancelTitle }
            Item { Layout.fillHeight: true }
            KioskButton {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.largeTarget
                prominent: true
                text: qsTr("Yes, cancel it")
                onClicked: {
                    controller.cancel(root.cancelId);
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
