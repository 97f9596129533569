import QtQuick
import QtQuick.VirtualKeyboard
import Linli

// The on-screen keyboard under the notice form, with keys at least the theme's touch target
// high (as on the search screen).
InputPanel {
    id: keyboard

    Accessible.name: qsTr("On-screen keyboard")
    readonly property var keyStyle: keyboard.keyboard.style
    onKeyStyleChanged: keyboard.enlargeKeys()
    Component.onCompleted: keyboard.enlargeKeys()
    function enlargeKeys(): void {
        if (keyboard.keyStyle)
            keyboard.keyStyle.keyboardDesignHeight = keyboard.keyStyle.keyboardDesignWidth * 4.8 * Theme.minTarget / (1080 * Theme.scale);
    }
}
