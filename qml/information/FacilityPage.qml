import QtQuick
import Linli
import Linli.Backend

// One facility or room ("facility/<id>"): where it is, when it is open, what it offers,
// step-free access and a phone number; rooms of this hall link to the floor plan.
KioskPage {
    id: root
    required property Catalog information

    readonly property placeRecord place: controller.place
    readonly property bool found: controller.found

    heading: root.found ? root.place.name : controller.problem.length > 0 ? qsTr("Facilities") : qsTr("Facility not found")

    FacilityController {
        id: controller
        information: root.information
        placeId: root.router.argumentOf(root.route)
    }

    CatalogWords { id: words }

    function whereText(): string {
        let text = "";
        if (root.place.isRoom)
            text = qsTr("Floor: %1").arg(root.place.floors) + "\n";
        else if (root.place.floors.length > 0)
            text = root.place.floors + "\n";
        if (root.place.facilityName.length > 0)
            text += root.place.facilityName + "\n";
        return text + root.place.address;
    }

    ScrollPage {
        anchors.fill: parent
        visible: root.found

        Text {
            width: parent.width
            text: root.found ? words.category(root.place.category) : ""
            color: Theme.accent
            font.pixelSize: Theme.labelSize
            font.bold: true
        }
        InfoSection {
            width: parent.width
            title: qsTr("Where")
            text: root.found ? root.whereText() : ""
            mark: Theme.accent
        }
        KioskButton {
            visible: root.found && root.place.isRoom
            text: qsTr("Show on the floor plan")
            onClicked: root.router.go("floorplan?room=" + root.place.id)
        }
        InfoSection {
            width: parent.width
            title: qsTr("Opening hours")
            text: root.found ? root.place.hours : ""
        }
        InfoSection {
            width: parent.width
            title: root.found && root.place.isRoom ? qsTr("Equipment") : qsTr("What you can do here")
            items: root.found ? root.place.offers : []
        }
        InfoSection {
            width: parent.width
            title: qsTr("About")
            text: root.found ? root.place.description : ""
        }
        InfoSection {
            width: parent.width
            title: qsTr("Step-free access")
            text: root.found ? (root.place.access.length > 0 ? root.place.access : qsTr("Please ask staff about access.")) : ""
            mark: Theme.accent
        }
        InfoSection {
            width: parent.width
            title: qsTr("Phone")
            text: root.found ? root.place.phone : ""
        }
    }

    NotFoundNote {
        anchors.fill: parent
        visible: !root.found && controller.problem.length === 0
        text: qsTr("This facility is no longer listed. Please go back and choose another one.")
    }
    MessageBox {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        text: controller.problem
    }
}
