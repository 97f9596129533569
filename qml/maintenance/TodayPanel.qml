pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// 今日: pending bookings to approve or reject, and today's dishes to mark sold out; each part
// only for a role that may do it.
ScrollView {
    id: root
    required property MaintenanceBackend maintenance
    contentWidth: availableWidth
    clip: true
    onVisibleChanged: {
        if (root.visible)
            today.read();
    }

    TodayController {
        id: today
        maintenance: root.maintenance
    }

    // A Column, not a ColumnLayout: the lists are reset after each change, and Qt 6.4's
    // layouts crash when a Repeater's delegates vanish while they arrange them.
    Column {
        id: column
        width: root.availableWidth
        spacing: Theme.gap

        MessageBox {
            width: column.width
            text: today.problem.length > 0 ? today.problem : today.message
        }
        BodyText {
            width: column.width
            visible: root.maintenance.mayDecideBookings
            strong: true
            text: today.pending.count > 0 ? qsTr("Bookings waiting for approval") : qsTr("No bookings wait for approval.")
        }
        Repeater {
            model: root.maintenance.mayDecideBookings ? today.pending : null
            delegate: PendingBookingCard {
                required property string bookingId
                required property string room
                required property string when
                required property string code
                width: column.width
                title: room
                detail: qsTr("%1 · code %2").arg(when).arg(code)
                onApproved: today.approve(bookingId)
                onRejected: today.reject(bookingId)
            }
        }
        BodyText {
            width: column.width
            visible: root.maintenance.mayChangeMenu
            strong: true
            text: today.dishes.count > 0 ? qsTr("Today's dishes") : qsTr("No dishes on today's menu.")
        }
        Repeater {
            model: root.maintenance.mayChangeMenu ? today.dishes : null
            delegate: RowLayout {
                id: dish
                required property string offerId
                required property string name
                required property string servings
                required property bool soldOut
                width: column.width
                spacing: Theme.gap
                BodyText {
                    Layout.fillWidth: true
                    text: dish.name + "\n" + dish.servings
                }
                KioskButton {
                    enabled: !dish.soldOut
                    text: qsTr("Mark sold out")
                    Accessible.name: qsTr("Mark %1 sold out").arg(dish.name)
                    onClicked: today.markSoldOut(dish.offerId)
                }
            }
        }
    }
}
