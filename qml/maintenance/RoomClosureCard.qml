pragma ComponentBehavior: Bound
import QtQuick
import Linli
import Linli.Backend

// 停用活动室: a room, a day and a reason; staff read how many bookings that day go (the residents
// are told why under My bookings) before they close it. Below, every room as residents see it today.
Column {
    id: root
    required property MaintenanceBackend maintenance
    property string room
    property string day: closures.days.length > 0 ? closures.days[0] : ""
    property string reason
    spacing: Theme.gap

    RoomClosureController {
        id: closures
        maintenance: root.maintenance
    }
    MessageBox {
        width: root.width
        text: closures.message
    }
    BodyText {
        width: root.width
        strong: true
        text: qsTr("Which room?")
    }
    ChoiceBar {
        width: root.width
        values: closures.roomIds
        labels: closures.roomNames
        current: root.room
        onChosen: value => root.room = value
    }
    BodyText {
        width: root.width
        strong: true
        text: qsTr("Which day?")
    }
    ChoiceBar {
        width: root.width
        values: closures.days
        labels: closures.dayLabels
        current: root.day
        onChosen: value => root.day = value
    }
    BodyText {
        width: root.width
        strong: true
        text: qsTr("Why?")
    }
    ChoiceBar {
        width: root.width
        values: closures.reasons
        labels: closures.reasonLabels
        current: root.reason
        onChosen: value => root.reason = value
    }
    BodyText {
        width: root.width
        visible: root.room.length > 0
        // Re-read after every change (the message changes with it).
        text: closures.message.length >= 0 ? closures.impact(root.room, root.day) : ""
    }
    KioskButton {
        prominent: true
        enabled: root.room.length > 0 && root.reason.length > 0
        text: qsTr("Close the room that day")
        Accessible.name: qsTr("Put the chosen room out of service on the chosen day")
        onClicked: closures.close(root.room, root.day, root.reason)
    }
    BodyText {
        width: root.width
        strong: true
        text: qsTr("Rooms today")
    }
    Repeater {
        model: closures.rooms
        delegate: BodyText {
            id: line
            required property string roomId
            required property string name
            required property string status
            width: root.width
            text: line.name + " · " + line.status
        }
    }
}
