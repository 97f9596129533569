import QtQuick
import QtQuick.Controls
import Linli
import Linli.Backend

// 中文 / English: each label in its own language, so a resident who reads only one finds it.
Button {
    id: root

    required property LanguageController language

    text: root.language.english ? "中文" : "English"
    implicitHeight: Theme.minTarget
    implicitWidth: Math.max(Theme.minTarget * 2, root.contentItem.implicitWidth + 2 * Theme.gap)
    Accessible.name: root.language.english ? "切换到中文 Switch to Chinese" : "Switch to English 切换到英文"
    Accessible.role: Accessible.Button
    onClicked: root.language.toggle()

    contentItem: Text {
        text: root.text
        color: Theme.primary
        font.pixelSize: Theme.headingSize
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        radius: height / 2
        color: root.down ? Theme.disabledSurface : Theme.surface
    }
}
