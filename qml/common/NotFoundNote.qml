import QtQuick
import Linli

// What a detail screen says when its record is gone (an old link, content changed by a sync).
Item {
    id: root

    property string text

    Text {
        anchors.fill: parent
        anchors.margins: Theme.margin
        text: root.text
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
}
