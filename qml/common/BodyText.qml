import QtQuick
import Linli

// Text a resident reads: never below the body size, wrapping, read aloud as it is.
Text {
    id: root
    property bool strong: false
    color: Theme.text
    font.pixelSize: root.strong ? Theme.headingSize : Theme.bodySize
    font.bold: root.strong
    wrapMode: Text.Wrap
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text
}
