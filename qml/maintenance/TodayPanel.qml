pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Linli
import Linli.Backend

// 今日: one part at a time, chosen above, each only for a role that may use it: the menu (sold
// out, quota) and the kitchen count for canteen staff; bookings to approve, rooms out of
// service, a notice and check-in mode for the duty operator; all of them for the administrator.
Item {
    id: root
    required property MaintenanceBackend maintenance
    readonly property list<string> parts: {
        let out = [];
        if (root.maintenance.mayChangeMenu)
            out.push("menu", "kitchen");
        if (root.maintenance.mayDecideBookings)
            out.push("bookings");
        if (root.maintenance.mayManageHall)
            out.push("rooms", "notice", "checkin");
        return out;
    }
    readonly property var partNames: ({
            "menu": qsTr("Menu"),
            "kitchen": qsTr("Kitchen"),
            "bookings": qsTr("Bookings"),
            "rooms": qsTr("Rooms"),
            "notice": qsTr("Notice"),
            "checkin": qsTr("Check-in")
        })
    function partLabels(): list<string> {
        let out = [];
        for (let i = 0; i < root.parts.length; ++i)
            out.push(root.partNames[root.parts[i]]);
        return out;
    }
    property string part: root.parts.length > 0 ? root.parts[0] : ""
    onPartsChanged: {
        if (root.parts.indexOf(root.part) < 0)
            root.part = root.parts.length > 0 ? root.parts[0] : "";
    }
    onVisibleChanged: {
        if (root.visible)
            today.read();
    }

    TodayController {
        id: today
        maintenance: root.maintenance
    }

    ChoiceBar {
        id: bar
        width: root.width
        values: root.parts
        labels: root.partLabels()
        current: root.part
        onChosen: value => root.part = value
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.topMargin: bar.height + Theme.gap
        contentWidth: availableWidth
        clip: true

        // A Column, not a ColumnLayout: the lists are reset after each change, and Qt 6.4's
        // layouts crash when a Repeater's delegates vanish while they arrange them.
        Column {
            id: column
            width: scroll.availableWidth
            spacing: Theme.gap

            MessageBox {
                id: answer
                width: column.width
                visible: answer.text.length > 0 && (root.part === "menu" || root.part === "bookings")
                text: today.problem.length > 0 ? today.problem : today.message
            }
            BodyText {
                width: column.width
                visible: root.part === "bookings"
                strong: true
                text: today.pending.count > 0 ? qsTr("Bookings waiting for approval") : qsTr("No bookings wait for approval.")
            }
            Repeater {
                model: root.maintenance.mayDecideBookings && root.part === "bookings" ? today.pending : null
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
                visible: root.part === "menu"
                strong: true
                text: today.dishes.count > 0 ? qsTr("Today's dishes") : qsTr("No dishes on today's menu.")
            }
            Repeater {
                model: root.maintenance.mayChangeMenu && root.part === "menu" ? today.dishes : null
                delegate: QuotaRow {
                    id: dish
                    required property string offerId
                    width: column.width
                    required name
                    required servings
                    required quota
                    required taken
                    required soldOut
                    onSaved: wanted => today.changeQuota(dish.offerId, wanted)
                    onSoldOutMarked: today.markSoldOut(dish.offerId)
                }
            }
            KitchenCount {
                width: column.width
                visible: root.part === "kitchen"
                maintenance: root.maintenance
            }
            RoomClosureCard {
                width: column.width
                visible: root.part === "rooms"
                maintenance: root.maintenance
            }
            NoticeForm {
                width: column.width
                visible: root.part === "notice"
                maintenance: root.maintenance
            }
            CheckInCard {
                width: column.width
                visible: root.part === "checkin"
                maintenance: root.maintenance
            }
        }
    }
}
