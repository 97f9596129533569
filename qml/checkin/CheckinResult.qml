import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Linli
import Linli.Backend

// The answer of a check-in, big: a colour, an icon and words (never the colour alone), or,
// while waiting, what to do and what the camera sees, so the code is held where it reads.
Rectangle {
    id: root
    property int result: CheckinController.Scanning
    property string headline
    property string message
    property string detail
    property bool cameraOn: false
    // Where the camera's frames are shown (CameraScanner.preview).
    readonly property alias previewSink: preview.videoSink

    readonly property bool waiting: root.result === CheckinController.Scanning
    // Green in, amber for a ticket used before, red for anything else.
    readonly property color tone: root.result === CheckinController.Admitted ? "#2E6B34"
        : root.result === CheckinController.AlreadyUsed ? "#8A5A00"
        : root.result === CheckinController.Refused ? "#A3201C" : Theme.surface
    readonly property color ink: root.waiting ? Theme.text : "#FFFFFF"

    color: root.tone
    radius: Theme.radius
    border.color: Theme.border
    border.width: root.waiting ? 2 : 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.headline + " " + root.message

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Math.round(12 * Theme.scale)

        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: icon.implicitHeight
            ResultIcon {
                id: icon
                anchors.horizontalCenter: parent.horizontalCenter
                result: root.result
                ink: root.ink
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.headline
            color: root.ink
            font.pixelSize: Theme.displaySize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.waiting
                ? (root.cameraOn ? qsTr("Hold it under the scanner or in front of the camera.")
                                 : qsTr("Hold it under the scanner. The camera is off."))
                : root.message
            color: root.ink
            font.pixelSize: Theme.headingSize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.waiting ? "" : root.detail
            color: root.ink
            font.pixelSize: Theme.bodySize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        VideoOutput {
            id: preview
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.waiting && root.cameraOn
            fillMode: VideoOutput.PreserveAspectFit
            // As a mirror: a resident facing the camera moves the phone the way they expect.
            transform: Scale { origin.x: preview.width / 2; xScale: -1 }
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("What the camera sees")
        }
        Item { Layout.fillHeight: true; visible: !preview.visible }
    }
}
