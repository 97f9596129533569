import QtQuick
import Linli
import Linli.Backend

// One service guide ("guide/<id>"): who can apply, what to bring, the steps, where and when,
// how long, the fee, and what can be done online instead. Scrolls, with a visible hint.
KioskPage {
    id: root
    required property Catalog information

    readonly property string guideId: root.router.argumentOf(root.route)
    readonly property var guide: root.information.guide(root.guideId, root.kiosk.language.code)
    readonly property bool found: root.guide.id !== undefined

    function timeAndFee(): string {
        let lines = [];
        if (root.guide.processing.length > 0)
            lines.push(qsTr("Processing time: %1").arg(root.guide.processing));
        lines.push(qsTr("Fee: %1").arg(root.guide.fee));
        if (root.guide.feeNote.length > 0)
            lines.push(root.guide.feeNote);
        return lines.join("\n");
    }

    heading: root.found ? root.guide.title : qsTr("Guide not found")

    ScrollPage {
        anchors.fill: parent
        visible: root.found

        Text {
            width: parent.width
            text: root.found ? root.guide.summary : ""
            visible: text.length > 0
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            lineHeight: 1.15
        }
        InfoSection {
            width: parent.width
            title: qsTr("What to bring")
            items: root.found ? root.guide.materials : []
        }
        InfoSection {
            width: parent.width
            title: qsTr("Where to go")
            text: root.found ? [root.guide.location, root.guide.hours].filter(s => s.length > 0).join("\n") : ""
            mark: Theme.accent
        }
        KioskButton {
            visible: root.found && root.guide.roomId.length > 0
            text: qsTr("Show on the floor plan")
            onClicked: root.router.go("floorplan?room=" + root.guide.roomId)
        }
        InfoSection {
            width: parent.width
            title: qsTr("Who can apply")
            text: root.found ? root.guide.eligibility : ""
        }
        InfoSection {
            width: parent.width
            title: qsTr("Steps")
            items: root.found ? root.guide.steps : []
            numbered: true
        }
        InfoSection {
            width: parent.width
            title: qsTr("How long and what it costs")
            text: root.found ? root.timeAndFee() : ""
        }
        InfoSection {
            width: parent.width
            title: qsTr("Online instead")
            text: root.found ? root.guide.online : ""
            mark: Theme.accent
        }
    }

    NotFoundNote {
        anchors.fill: parent
        visible: !root.found
        text: qsTr("This guide is no longer available. Please go back and choose another service.")
    }
}
