import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Linli

// The on-screen keyboard of the search screen. Debian's Qt Virtual Keyboard ships no pinyin
// input method (no candidate selection), so it offers the Latin layout and pinyin letters are
// matched by the catalog's own pinyin index (typing lnk or laonianka finds 老年卡).
InputPanel {
    id: keyboard

    Accessible.name: qsTr("On-screen keyboard")

    // Keys at least the theme's minimum target high: the stock style makes four rows about
    // 84 px high on a 1080 px wide screen, too small for older fingers. The style object comes
    // with the keyboard, so this follows it rather than setting it once.
    readonly property var keyStyle: keyboard.keyboard.style
    onKeyStyleChanged: keyboard.enlargeKeys()
    function enlargeKeys(): void {
        if (keyboard.keyStyle)
            keyboard.keyStyle.keyboardDesignHeight = keyboard.keyStyle.keyboardDesignWidth * 4.8 * Theme.minTarget / (1080 * Theme.scale);
    }

    // Pinyin first where the keyboard has it. Without it the keyboard keeps the Latin layout it
    // opened with: switching it here showed a half-switched layout for a moment.
    Component.onCompleted: {
        keyboard.enlargeKeys();
        const available = VirtualKeyboardSettings.availableLocales;
        if (available.indexOf("zh_CN") >= 0)
            VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_US"];
    }
}
