import QtQuick
import QtQuick.Controls
import Linli
import Linli.Backend

// A large, high-contrast button: at least the theme's minimum target in both directions.
Button {
    id: root

    property bool prominent: false
    property color fill: root.prominent ? Theme.primary : Theme.surface
    property color ink: root.prominent ? Theme.textOnPrimary : Theme.text
    // Larger for a lone symbol such as − or +.
    property int textSize: Theme.headingSize

    implicitHeight: Theme.minTarget
    implicitWidth: Math.max(Theme.minTarget, root.contentItem.implicitWidth + 2 * Theme.gap)
    Accessible.name: root.text
    Accessible.role: Accessible.Button
    onClicked: Sounds.tap() // silent in the quiet hours (app/attract/sounds.h)

    contentItem: Text {
        text: root.text
        color: root.enabled ? root.ink : Theme.textOnDisabled
        font.pixelSize: root.textSize
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radius
        color: !root.enabled ? Theme.disabledSurface : root.down ? Qt.darker(root.fill, 1.15) : root.fill
        border.width: root.prominent ? 0 : Math.max(2, Math.round(3 * Theme.scale))
        border.color: Theme.border
    }
}
