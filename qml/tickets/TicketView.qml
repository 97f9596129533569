import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// The ticket of one booking, activity place or meal order, placed on that capability's result
// screen: the ticket (TicketCard), or in its place why there is none (awaiting approval, on the
// waiting list, cancelled), as the ticket office says.
ColumnLayout {
    id: root

    required property Kiosk kiosk
    required property int source // TicketController.Booking, SignUp or MealOrder
    required property string sourceId
    readonly property bool issued: controller.issued

    spacing: Theme.gap / 2

    TicketController {
        id: controller
        tickets: root.kiosk.backend("tickets") as TicketsBackend
        source: root.source
        sourceId: root.sourceId
    }

    BodyText {
        objectName: "ticketReason"
        Layout.fillWidth: true
        visible: !controller.issued && text.length > 0
        color: Theme.mutedText
        text: controller.problem.length > 0 ? controller.problem
            : controller.reason.length > 0 ? qsTr("No ticket yet: %1").arg(controller.reason) : ""
    }
    TicketCard {
        Layout.fillWidth: true
        visible: controller.issued
        text: controller.text
        code: controller.code
        spokenCode: controller.spokenCode
        title: controller.title
        validity: controller.validity
        tickets: controller.tickets
        hallName: root.kiosk.hallName
    }
}
