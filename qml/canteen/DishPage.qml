pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// dish/<offerId>: the dish, how many portions, how to get it, whether vouchers pay, and the
// breakdown the canteen's rules give for this resident; then one big Confirm.
KioskPage {
    id: root
    required property CanteenBackend canteen
    showsSession: true
    // The dish's name, also once it has been taken off the menu.
    heading: controller.name.length > 0 ? controller.name : qsTr("Order a meal")

    DishController {
        id: controller
        canteen: root.canteen
        offerId: root.router.argumentOf(root.route)
        onOrderedLater: root.router.go(controller.orderRoute)
    }

    // A label and its amount on one row. Anchored, not a RowLayout: a wrapping label in a row
    // layout sent the breakdown into a polish loop and drew a row that had just appeared
    // (the delivery fee) on top of the price.
    component Line: Item {
        id: line
        required property string label
        required property string amount
        property bool strong: false
        Layout.fillWidth: true
        implicitHeight: Math.max(lineLabel.implicitHeight, lineAmount.implicitHeight)
        BodyText {
            id: lineAmount
            anchors.right: parent.right
            strong: line.strong
            wrapMode: Text.NoWrap
            text: line.amount
        }
        BodyText {
            id: lineLabel
            anchors.left: parent.left
            anchors.right: lineAmount.left
            anchors.rightMargin: Theme.gap
            strong: line.strong
            text: line.label
        }
    }

    // Two choices side by side, one of them chosen (filled and ticked).
    component Pair: RowLayout {
        id: pair
        required property string first
        required property string second
        required property bool firstChosen
        signal chose(bool second)
        width: parent ? parent.width : 0
        spacing: Theme.gap / 2
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            prominent: pair.firstChosen
            text: (pair.firstChosen ? "✓ " : "") + pair.first
            Accessible.name: pair.first
            Accessible.checked: pair.firstChosen
            onClicked: pair.chose(false)
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            prominent: !pair.firstChosen
            text: (!pair.firstChosen ? "✓ " : "") + pair.second
            Accessible.name: pair.second
            Accessible.checked: !pair.firstChosen
            onClicked: pair.chose(true)
        }
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
            // A refusal first: it says what happened to this order (nothing was charged), also when
            // the refusal is that the dish has just been taken off the menu.
            text: controller.confirming ? qsTr("Asking the service centre to confirm. One moment, please.")
                : controller.problem.length > 0 ? controller.problem
                : controller.refusal.length > 0 ? controller.refusal
                : !controller.found ? qsTr("This dish is no longer on the menu. Please go back and choose another.")
                : controller.soldOut ? qsTr("Sold out: there are no servings left for this meal.")
                : !controller.orderOpen ? controller.orderBy : ""
        }
        ScrollPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: controller.found

            // The dish's picture, large, beside when it is served, what is in it and how many.
            Item {
                width: parent.width
                implicitHeight: Math.max(picture.height, aside.implicitHeight)
                DishPicture {
                    id: picture
                    width: Math.round(256 * Theme.scale)
                    height: picture.width
                    source: controller.picture
                }
                Column {
                    id: aside
                    anchors.left: picture.right
                    anchors.leftMargin: Theme.gap
                    anchors.right: parent.right
                    spacing: Theme.gap / 2
                    BodyText {
                        width: parent.width
                        text: controller.meal + (controller.orderOpen && !controller.soldOut ? " · " + controller.orderBy : "")
                    }
                    BodyText {
                        width: parent.width
                        visible: controller.tags.length > 0 || controller.allergens.length > 0
                        color: Theme.mutedText
                        text: controller.tags + (controller.tags.length > 0 && controller.allergens.length > 0 ? " · " : "")
                              + (controller.allergens.length > 0 ? qsTr("Contains: %1").arg(controller.allergens) : "")
                    }
                    // How many portions: − and +, up to what the rules and the servings left allow.
                    RowLayout {
                        width: parent.width
                        visible: controller.orderOpen && !controller.soldOut
                        spacing: Theme.gap
                        KioskButton {
                            Layout.preferredWidth: Theme.largeTarget
                            Layout.preferredHeight: Theme.minTarget
                            text: "−"
                            textSize: Theme.displaySize
                            Accessible.name: qsTr("One portion fewer")
                            enabled: controller.quantity > 1
                            onClicked: controller.quantity = controller.quantity - 1
                        }
                        BodyText {
                            Layout.fillWidth: true
                            strong: true
                            horizontalAlignment: Text.AlignHCenter
                            text: qsTr("%n portion(s)", "", controller.quantity)
                        }
                        KioskButton {
                            Layout.preferredWidth: Theme.largeTarget
                            Layout.preferredHeight: Theme.minTarget
                            text: "+"
                            textSize: Theme.displaySize
                            Accessible.name: qsTr("One portion more")
                            enabled: controller.quantity < controller.maxQuantity
                            onClicked: controller.quantity = controller.quantity + 1
                        }
                    }
                }
            }
            // Collect or delivered, for residents who may have meals delivered.
            Pair {
                visible: controller.identified && controller.deliveryOffered && controller.deliveryEligible
                         && controller.orderOpen && !controller.soldOut
                first: qsTr("Collect")
                second: qsTr("Deliver home")
                firstChosen: !controller.delivery
                onChose: second => controller.delivery = second
            }
            BodyText {
                width: parent.width
                color: Theme.mutedText
                // Where it goes, masked: she recognises her home, nobody behind her learns the door.
                text: controller.delivery
                      //: %1 the delivery time, %2 the resident's address with unit and door hidden
                      ? qsTr("Delivered %1 to your registered address:\n%2").arg(controller.deliveryWindow).arg(controller.deliveryAddress)
                      : qsTr("Collect it at the canteen counter, %1.").arg(controller.pickup)
            }
            Pair {
                visible: controller.identified && controller.hasVouchers && controller.orderOpen && !controller.soldOut
                first: qsTr("Use vouchers")
                second: qsTr("Pay at counter")
                firstChosen: controller.useVouchers
                onChose: second => controller.useVouchers = !second
            }
        }
        Item {
            Layout.fillHeight: true
            visible: !controller.found
        }
        // The breakdown, as the canteen's rules price it.
        Rectangle {
            Layout.fillWidth: true
            visible: controller.found
            implicitHeight: breakdown.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Math.max(2, Math.round(3 * Theme.scale))
            ColumnLayout {
                id: breakdown
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap / 3
                Line { label: qsTr("Price"); amount: controller.price }
                Line { visible: controller.quoted; label: qsTr("Subsidy"); amount: controller.subsidy }
                BodyText {
                    Layout.fillWidth: true
                    visible: controller.quoted && controller.subsidyBasis.length > 0
                    color: Theme.mutedText
                    font.pixelSize: Theme.labelSize
                    text: controller.subsidyBasis
                }
                Line { visible: controller.quoted && controller.delivery; label: qsTr("Delivery fee"); amount: controller.deliveryFee }
                Line { visible: controller.quoted && controller.useVouchers && controller.hasVouchers; label: qsTr("Vouchers (%1 left)").arg(controller.voucherBalance); amount: controller.voucher }
                Line {
                    strong: true
                    label: controller.delivery ? qsTr("To pay on delivery") : qsTr("To pay at the counter")
                    amount: controller.toPay
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: !controller.identified
                    color: Theme.mutedText
                    text: qsTr("This is the full price. Identify to see your price with your subsidy and vouchers.")
                }
            }
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: controller.found && controller.orderOpen && !controller.soldOut && !controller.identified
            prominent: true
            text: qsTr("Identify to order")
            onClicked: root.router.go("login?then=" + encodeURIComponent(root.route))
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.largeTarget
            visible: controller.found && controller.orderOpen && !controller.soldOut && controller.identified
            enabled: controller.quoted && !controller.confirming
            prominent: true
            text: qsTr("Confirm order")
            onClicked: {
                if (controller.confirm())
                    root.router.go(controller.orderRoute);
            }
        }
    }
}
