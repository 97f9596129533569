import QtQuick
import QtQuick.Controls
import Linli

// The frame of every screen but home: a title, the page's content, nothing else. Pages are
// created by the Router with their required properties and destroyed when popped.
Page {
    id: root

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
