import QtQuick
import QtQuick.Layouts
import Linli

// 暂停服务: the kiosk cannot work safely. Both languages at once, not through qsTr(): the
// resident may read either, and the translation machinery may be what is broken.
Rectangle {
    id: root

    required property string reasonZh
    required property string reasonEn

    color: Theme.background
    Accessible.role: Accessible.Alert
    Accessible.name: "暂停服务 Out of service. " + root.reasonZh + " " + root.reasonEn

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 2
        spacing: Theme.margin

        Item { Layout.fillHeight: true }
        Text {
            Layout.fillWidth: true
            text: "暂停服务"
            color: Theme.primary
            font.pixelSize: Math.round(120 * Theme.scale)
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            Layout.fillWidth: true
            text: "Out of service"
            color: Theme.primary
            font.pixelSize: Theme.titleSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            Layout.fillWidth: true
            text: "本机暂时无法使用，请到服务台咨询工作人员。\nThis kiosk cannot be used right now. Please ask the staff at the service desk."
            color: Theme.text
            font.pixelSize: Theme.headingSize
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: reasons.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: 2
            ColumnLayout {
                id: reasons
                anchors.fill: parent
                anchors.margins: Theme.gap
                Text {
                    Layout.fillWidth: true
                    text: "原因 Reason (for staff):"
                    color: Theme.mutedText
                    font.pixelSize: Theme.labelSize
                }
                Text {
                    Layout.fillWidth: true
                    text: root.reasonZh + "\n" + root.reasonEn
                    color: Theme.text
                    font.pixelSize: Theme.labelSize
                    wrapMode: Text.Wrap
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
