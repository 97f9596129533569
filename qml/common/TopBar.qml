import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// The band across the top of every screen: where you are, the time, and the language.
Rectangle {
    id: root

    required property Kiosk kiosk

    color: Theme.primary
    // Taller when the hall's name and the date need it (elder mode's larger type), so the date
    // is never hidden under the page.
    implicitHeight: Math.max(Math.round(200 * Theme.scale), where.implicitHeight + Theme.gap)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        ColumnLayout {
            id: where
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
                // A long English date takes a second line rather than lose its end.
                wrapMode: Text.Wrap
            }
        }
        Text {
            text: root.kiosk.clock.time
            color: Theme.textOnPrimary
            font.pixelSize: Theme.displaySize
            font.bold: true
            Accessible.name: qsTr("Time now: %1").arg(root.kiosk.clock.time)
            // Staff's sign that the central server is out of reach; nothing otherwise. Under the
            // time, outside the layout, so the band looks the same whenever it is not shown.
            SyncIcon {
                anchors.top: parent.baseline
                anchors.topMargin: Theme.gap / 3
                anchors.horizontalCenter: parent.horizontalCenter
                kiosk: root.kiosk
            }
        }
        LanguageSwitch {
            language: root.kiosk.language
        }
    }
}
