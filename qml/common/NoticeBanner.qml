import QtQuick
import QtQuick.Layouts
import Linli

// One urgent notice, impossible to miss but calm: dark text on amber, with a mark.
Rectangle {
    id: root

    required property string title
    required property string body

    color: Theme.urgent
    border.color: Theme.urgentBorder
    border.width: Math.max(3, Math.round(4 * Theme.scale))
    radius: Theme.radius
    implicitHeight: content.implicitHeight + 2 * Theme.gap
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Urgent notice: %1. %2").arg(root.title).arg(root.body)

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        // The mark sits level with the title, however long the body runs.
        Item {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.round(64 * Theme.scale)
            Rectangle {
                width: parent.width
                height: width
                radius: width / 2
                color: Theme.urgentBorder
                Text {
                    anchors.centerIn: parent
                    text: "!"
                    color: Theme.text
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Math.round(8 * Theme.scale)
            Text {
                Layout.fillWidth: true
                text: root.title
                color: Theme.textOnUrgent
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: root.body
                color: Theme.textOnUrgent
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
        }
    }
}
