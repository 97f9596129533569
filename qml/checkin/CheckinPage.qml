import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Linli
import Linli.Backend

// checkin: a door's check-in. A ticket shown to the scanner or the camera, or its code typed
// on the keys below, gives a big coloured answer with an icon and words, then scanning again.
KioskPage {
    id: root
    required property CheckinBackend checkin
    heading: root.checkin.available ? qsTr("Check-in · %1").arg(root.checkin.placeName) : qsTr("Check-in")

    CheckinController {
        id: controller
        checkin: root.checkin
    }

    // Test aid (screenshots, the e2e walk): "checkin?scan=<ticket text, URL-encoded>" scans it
    // once on opening, as the scanner would.
    Component.onCompleted: {
        const scanned = root.router.queryValue(root.route, "scan");
        if (scanned.length > 0)
            controller.scan(scanned);
    }

    CameraScanner {
        id: camera
        active: root.checkin.available && camera.available
        preview: result.previewSink
        onDecoded: (text) => controller.scan(text)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        CheckinResult {
            id: result
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.checkin.available
            result: controller.result
            headline: controller.headline
            message: controller.message
            detail: controller.detail
            cameraOn: camera.available
        }

        MessageBox {
            Layout.fillWidth: true
            visible: !root.checkin.available
            text: qsTr("This kiosk is not set up for check-in: its place is missing or unknown. Staff: set [checkin] place in the configuration.")
        }

        CodeKeys {
            Layout.fillWidth: true
            visible: root.checkin.available
            code: controller.typedCode
            complete: controller.codeComplete
            onTyped: (character) => controller.typeCharacter(character)
            onErased: controller.erase()
            onSubmitted: controller.submitCode()
        }
    }
}
