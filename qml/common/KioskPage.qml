import QtQuick
import QtQuick.Controls
import Linli
import Linli.Backend

// The frame of every screen but home: a title and the page's content. The window creates
// each page with these three required properties and destroys it when it is popped.
Page {
    id: root

    required property Kiosk kiosk
    required property Router router
    required property string route
    property string heading
    // True on screens that show who is signed in (or that identify them): a card read
    // anywhere else takes the resident to My bookings, so they see it worked.
    property bool showsSession: false
    // True while parts of the screen are still being built in the background (the search
    // screen's keyboard): the window reports the screen ready, for a screenshot, once false.
    property bool loading: false

    background: Rectangle { color: Theme.background }
    StackView.onRemoved: root.destroy()

    header: Text {
        text: root.heading
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.bold: true
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        topPadding: Theme.margin
        bottomPadding: Theme.gap
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: root.heading
    }
}
