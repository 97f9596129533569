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
