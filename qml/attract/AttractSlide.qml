pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// The built-in slide: the hall, the time, and today's lunch in the morning or the activities
// still to come in the afternoon (tomorrow's in the evening), in type to read from a few steps.
Item {
    id: root

    required property Kiosk kiosk
    required property AttractBackend attract

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 1.5
        spacing: Theme.gap

        Text {
            Layout.fillWidth: true
            text: root.kiosk.hallName
            color: Theme.primary
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            Layout.fillWidth: true
            text: root.kiosk.clock.date + "  " + root.kiosk.clock.time
            color: Theme.mutedText
            font.pixelSize: Theme.headingSize
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            visible: root.attract.slideHeading.length > 0
            text: root.attract.slideHeading
            color: Theme.text
            font.pixelSize: Theme.displaySize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            model: root.attract.slideRows
            delegate: Rectangle {
                id: row
                required property string when
                required property string title
                required property string detail
                Layout.fillWidth: true
                implicitHeight: rowColumn.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: 2
                ColumnLayout {
                    id: rowColumn
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: 4
                    Text {
                        Layout.fillWidth: true
                        text: row.title
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.detail.length > 0 ? row.when + "   " + row.detail : row.when
                        color: Theme.accent
                        font.pixelSize: Theme.headingSize
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            visible: root.attract.slideHeading.length === 0
            text: qsTr("Welcome! Here you can read the news, book a room or an activity, and order meals.")
            color: Theme.text
            font.pixelSize: Theme.titleSize
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Item { Layout.fillHeight: true }
    }
}
