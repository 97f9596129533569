import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// The band across the top of every screen: where you are, the time, and the language.
Rectangle {
    id: root

    required property Kiosk kiosk

    color: Theme.primary
    implicitHeight: Math.round(200 * Theme.scale)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: root.kiosk.hallName
                color: Theme.textOnPrimary
                font.pixelSize: Theme.headingSize
                font.bold: true
                // Long English names shrink to fit on two lines rather than lose their end.
                wrapMode: Text.Wrap
                maximumLineCount: 2
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.labelSize
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: root.kiosk.clock.date
                color: Theme.textOnPrimary
                font.pixelSize: Theme.labelSize
                elide: Text.ElideRight
            }
        }
        Text {
            text: root.kiosk.clock.time
            color: Theme.textOnPrimary
            font.pixelSize: Theme.displaySize
            font.bold: true
            Accessible.name: qsTr("Time now: %1").arg(root.kiosk.clock.time)
        }
        LanguageSwitch {
            language: root.kiosk.language
        }
    }
}
