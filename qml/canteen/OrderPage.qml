import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// order/<orderId>: the meal just ordered, with its code and how the resident gets it.
KioskPage {
    id: root
    required property CanteenBackend canteen
    showsSession: true
    heading: !controller.found ? qsTr("Canteen") : controller.cancelled ? qsTr("Order cancelled") : qsTr("Meal ordered")

    OrderController {
        id: controller
        canteen: root.canteen
        orderId: root.router.argumentOf(root.route)
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
        ScrollPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            MessageBox {
                width: parent.width
                text: controller.problem.length > 0 ? controller.problem
                    : !controller.found ? qsTr("There is no order to show. Please start again from the canteen screen.")
                    : controller.cancelled ? qsTr("This order has been cancelled.") : ""
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
                        visible: !controller.cancelled
                        text: qsTr("✓ Your meal is ordered.")
                    }
                    // The ticket right under the good news, so its QR code is on the screen when the
                    // page opens; what was ordered and what is left to pay follow.
                    TicketView {
                        Layout.fillWidth: true
                        kiosk: root.kiosk
                        source: TicketController.MealOrder
                        sourceId: controller.found ? root.router.argumentOf(root.route) : ""
                    }
                    BodyText { Layout.fillWidth: true; text: controller.dishName + " × " + controller.quantity }
                    BodyText { Layout.fillWidth: true; text: controller.meal }
                    BodyText { Layout.fillWidth: true; text: controller.collect }
                    BodyText { Layout.fillWidth: true; text: qsTr("Paid with vouchers: %1").arg(controller.voucher) }
                    BodyText {
                        Layout.fillWidth: true
                        strong: true
                        text: (controller.delivery ? qsTr("To pay on delivery: %1") : qsTr("To pay at the counter: %1"))
                              .arg(controller.toPay)
                    }
                    BodyText { Layout.fillWidth: true; text: qsTr("Order code:") }
                    Text {
                        Layout.fillWidth: true
                        text: controller.code
                        color: Theme.text
                        font.pixelSize: Theme.displaySize
                        font.bold: true
                        font.letterSpacing: Math.round(12 * Theme.scale)
                        horizontalAlignment: Text.AlignHCenter
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Order code: %1").arg(controller.code.split("").join(" "))
                    }
                    BodyText {
                        Layout.fillWidth: true
                        color: Theme.mutedText
                        text: qsTr("Please show this code at the counter. You can see and cancel the order under My meal orders.")
                    }
                }
            }
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: root.kiosk.session.active
            text: qsTr("My meal orders and vouchers")
            onClicked: root.router.go("orders")
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            prominent: true
            text: qsTr("Done")
            Accessible.name: qsTr("Done, sign out and go to the home screen")
            onClicked: {
                root.kiosk.session.end();
                root.router.go("home");
            }
        }
    }
}
