import QtQuick
import Linli
import Linli.Backend

// One service guide ("guide/<id>"): who can apply, what to bring, the steps, where and when,
// how long, the fee, and what can be done online instead. Scrolls, with a visible hint.
KioskPage {
    id: root
    required property Catalog information

    readonly property guideRecord guide: controller.guide
    readonly property bool found: controller.found

    GuideController {
        id: controller
        information: root.information
        guideId: root.router.argumentOf(root.route)
    }

    function timeAndFee(): string {
        const processing = root.guide.processing.length > 0
            ? qsTr("Processing time: %1").arg(root.guide.processing) + "\n" : "";
        const note = root.guide.feeNote.length > 0 ? "\n" + root.guide.feeNote : "";
        return processing + qsTr("Fee: %1").arg(root.guide.fee) + note;
    }

    function whereText(): string {
        const both = root.guide.location.length > 0 && root.guide.hours.length > 0;
        return root.guide.location + (both ? "\n" : "") + root.guide.hours;
    }

    heading: root.found ? root.guide.title : controller.problem.length > 0 ? qsTr("Service guides") : qsTr("Guide not found")

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
            text: root.found ? root.whereText() : ""
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
        visible: !root.found && controller.problem.length === 0
        text: qsTr("This guide is no longer available. Please go back and choose another service.")
    }
    MessageBox {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        text: controller.problem
    }
}
