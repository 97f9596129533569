import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// One ticket drawn for the door or the counter: its QR code at full size (whole modules, white
// quiet zone), the human code in large type for residents without a scanner's luck, and what
// it admits, and a print button where the kiosk has a receipt printer. Used by TicketView (one
// source) and My tickets (every live ticket).
ColumnLayout {
    id: root

    required property string text // what the QR code carries
    required property string code // "ABCDE FGHJK"
    required property string spokenCode // "A B C D E, F G H J K"
    required property string title // "Meal order · Community canteen"
    required property string validity
    required property TicketsBackend tickets // the receipt printer
    required property string hallName // printed at the receipt's head

    spacing: Theme.gap / 2

    // Centred on a whole pixel: a code drawn half a pixel off is blurred by the scene graph.
    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: qr.side
        QrCodeItem {
            id: qr
            objectName: "ticketQr"
            // At least 600 px on a 1080-wide screen: whole modules of 11-13 px for the versions
            // a ticket uses, so a scanner reads it from arm's length. A fixed size: the card's
            // width comes from its contents when its parent does not set it.
            readonly property int side: Math.round(660 * Theme.scale)
            x: Math.round((parent.width - qr.side) / 2)
            width: qr.side
            height: qr.side
            text: root.text
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Ticket QR code")
            Accessible.description: root.title
        }
    }
    BodyText {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Ticket code:")
    }
    Text {
        objectName: "ticketCode"
        Layout.fillWidth: true
        text: root.code
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.displaySize
        font.bold: true
        font.letterSpacing: Math.round(8 * Theme.scale)
        horizontalAlignment: Text.AlignHCenter
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Ticket code: %1").arg(root.spokenCode)
    }
    BodyText {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        strong: true
        text: root.title
    }
    BodyText {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: root.validity
    }
    PrintReceipt {
        Layout.fillWidth: true
        tickets: root.tickets
        hallName: root.hallName
        text: root.text
        code: root.code
        title: root.title
        validity: root.validity
    }
}
