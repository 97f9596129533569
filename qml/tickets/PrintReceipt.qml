import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// The print button under a ticket, only on a kiosk with a receipt printer: one press prints
// the receipt (drawn and sent off the GUI thread), the button says it is printing and cannot
// be pressed again meanwhile, and the outcome is said in words: take the receipt, or printing
// failed, why, and that the booking or order stands.
ColumnLayout {
    id: root

    required property TicketsBackend tickets
    required property string hallName
    required property string text // the ticket's QR text
    required property string code
    required property string title
    required property string validity

    visible: printer.available
    spacing: Theme.gap / 2

    TicketPrintController {
        id: printer
        tickets: root.tickets
    }

    KioskButton {
        objectName: "printReceipt"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.minTarget
        enabled: printer.state !== TicketPrintController.Printing
        text: printer.state === TicketPrintController.Printing ? qsTr("Printing…") : qsTr("Print receipt")
        onClicked: printer.printReceipt(root.hallName, root.text, root.code, root.title, root.validity)
    }
    BodyText {
        objectName: "printOutcome"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        visible: text.length > 0
        strong: printer.state === TicketPrintController.Failed
        color: printer.state === TicketPrintController.Failed ? Theme.primaryDark : Theme.text
        text: printer.message
        Accessible.role: Accessible.AlertMessage
        Accessible.name: printer.message
    }
}
