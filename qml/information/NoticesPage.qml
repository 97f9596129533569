pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// 通知公告: every notice valid now, urgent first, each with the last day it applies. Notices
// leave the list the moment their window ends (the model refreshes itself then).
KioskPage {
    id: root
    required property Catalog information

    heading: qsTr("Notices")

    ListView {
        id: list
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        clip: true
        spacing: Theme.gap
        model: root.information.notices
        delegate: Rectangle {
            id: notice
            required property string title
            required property string body
            required property int priority
            required property string validity
            width: list.width - Math.round(28 * Theme.scale)
            implicitHeight: column.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: notice.priority === 2 ? Theme.urgent : Theme.surface
            border.color: notice.priority === 2 ? Theme.urgentBorder : Theme.border
            border.width: Math.max(2, Math.round((notice.priority === 2 ? 4 : 2) * Theme.scale))
            Accessible.role: Accessible.StaticText
            Accessible.name: column.label + ". " + notice.title + ". " + notice.body + ". " + notice.validity

            ColumnLayout {
                id: column
                readonly property string label: notice.priority === 2 ? qsTr("Urgent") : notice.priority === 1 ? qsTr("Notice") : qsTr("For information")
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Math.round(8 * Theme.scale)
                Text {
                    Layout.fillWidth: true
                    text: (notice.priority === 2 ? "! " : "") + column.label + "  ·  " + notice.validity
                    color: notice.priority === 2 ? Theme.textOnUrgent : Theme.accent
                    font.pixelSize: Theme.labelSize
                    font.bold: true
                    // The last day is a full date: in elder mode it may need a second line.
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: notice.title
                    color: notice.priority === 2 ? Theme.textOnUrgent : Theme.text
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: notice.body
                    color: notice.priority === 2 ? Theme.textOnUrgent : Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                    lineHeight: 1.15
                }
            }
        }
        ScrollBar.vertical: KioskScrollBar {}

    }
    Text {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        visible: list.count === 0
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("There are no notices at the moment.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
}
