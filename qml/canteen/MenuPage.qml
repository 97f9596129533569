pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// canteen, canteen/<date>/<period>: choose a day and a meal, then a dish. Sold-out dishes stay
// on the list, marked; a meal whose ordering has closed says when it closed.
KioskPage {
    id: root
    required property CanteenBackend canteen
    showsSession: true
    heading: qsTr("Canteen")

    MenuController {
        id: controller
        canteen: root.canteen
        route: root.route
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
        MessageBox { Layout.fillWidth: true; text: controller.problem }
        ListView {
            id: dayList
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.minTarget
            orientation: ListView.Horizontal
            spacing: Theme.gap / 2
            clip: true
            model: controller.days
            delegate: KioskButton {
                id: day
                required property int index
                required property string label
                required property bool selected
                height: ListView.view.height
                width: Math.round(260 * Theme.scale)
                text: day.label
                prominent: day.selected
                Accessible.name: day.label
                Accessible.checked: day.selected
                onClicked: controller.selectDay(day.index)
            }
            onCountChanged: dayList.positionViewAtIndex(controller.dayIndex, ListView.Contain)
        }
        Row {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            Repeater {
                model: controller.periods
                delegate: KioskButton {
                    id: period
                    required property int index
                    required property string label
                    required property bool open
                    required property bool selected
                    width: Math.round(300 * Theme.scale)
                    text: (period.selected ? "✓ " : "") + period.label
                    prominent: period.selected
                    Accessible.name: period.label + (period.open ? "" : ", " + qsTr("ordering closed"))
                    Accessible.checked: period.selected
                    onClicked: controller.selectPeriod(period.index)
                }
            }
        }
        BodyText {
            Layout.fillWidth: true
            visible: controller.hasMenu
            strong: true
            text: controller.mealHeading
        }
        BodyText {
            Layout.fillWidth: true
            visible: controller.hasMenu && controller.orderOpen
            text: qsTr("%1 %2", "order by …, collect …").arg(controller.orderBy).arg(controller.pickup)
        }
        MessageBox {
            Layout.fillWidth: true
            text: controller.hasMenu && !controller.orderOpen ? qsTr("%1 Please choose a later meal.").arg(controller.orderBy)
                : !controller.hasMenu && controller.problem.length === 0 ? qsTr("There is no menu for this day yet.") : ""
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !root.kiosk.session.active && controller.hasMenu
            spacing: Theme.gap
            BodyText {
                Layout.fillWidth: true
                color: Theme.mutedText
                text: qsTr("Full prices are shown. Identify to see your price with your subsidy.")
            }
            KioskButton {
                prominent: true
                text: qsTr("Identify")
                Accessible.name: qsTr("Identify to see your price")
                onClicked: root.router.go("login?then=" + encodeURIComponent(controller.selectedRoute))
            }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: controller.items
            ScrollBar.vertical: KioskScrollBar {}
            delegate: Rectangle {
                id: dish
                required property string offerId
                required property string name
                required property string tags
                required property string price
                required property string fullPrice
                required property bool subsidised
                required property bool soldOut
                required property int servingsLeft
                required property bool delivery
                required property string nextOn
                required property url picture
                readonly property string priceText: dish.soldOut ? (dish.nextOn.length > 0 ? qsTr("Sold out · next on %1").arg(dish.nextOn) : qsTr("Sold out"))
                    : dish.subsidised ? qsTr("Your price %1 (full price %2)").arg(dish.price).arg(dish.fullPrice)
                    : dish.price
                width: ListView.view.width
                implicitHeight: Math.max(Theme.largeTarget, line.implicitHeight + Theme.gap)
                radius: Theme.radius
                color: dish.soldOut ? Theme.disabledSurface : tap.pressed ? "#F3E3DC" : Theme.surface
                border.color: Theme.border
                border.width: Math.max(2, Math.round(3 * Theme.scale))
                Accessible.role: Accessible.Button
                Accessible.name: dish.name + ", " + dish.priceText
                Accessible.onPressAction: root.router.go("dish/" + dish.offerId)
                RowLayout {
                    id: line
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: Theme.gap / 2
                    anchors.rightMargin: Theme.gap
                    spacing: Theme.gap
                    DishPicture {
                        Layout.preferredWidth: Math.round(150 * Theme.scale)
                        Layout.preferredHeight: Math.round(150 * Theme.scale)
                        source: dish.picture
                        opacity: dish.soldOut ? 0.5 : 1
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap / 4
                        BodyText {
                            Layout.fillWidth: true
                            font.bold: true
                            color: dish.soldOut ? Theme.textOnDisabled : Theme.text
                            text: dish.name
                        }
                        BodyText {
                            Layout.fillWidth: true
                            visible: dish.tags.length > 0
                            color: Theme.mutedText
                            font.pixelSize: Theme.labelSize
                            text: dish.tags
                        }
                        BodyText {
                            Layout.fillWidth: true
                            strong: true
                            color: dish.soldOut ? Theme.textOnDisabled : dish.subsidised ? "#2E6B34" : Theme.text
                            text: dish.priceText
                        }
                    }
                }
                TapHandler {
                    id: tap
                    onTapped: root.router.go("dish/" + dish.offerId)
                }
            }
        }
        KioskButton {
            Layout.fillWidth: true
            text: qsTr("My meal orders and vouchers")
            onClicked: root.router.go(root.kiosk.session.active ? "orders" : "login?then=orders")
        }
    }
}
