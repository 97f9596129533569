import QtQuick

// The names the information screens give to catalog codes (facility categories, activity
// kinds, search groups), in the current language.
QtObject {
    function category(code: string): string {
        switch (code) {
        case "": return qsTr("All");
        case "elderly_care": return qsTr("Elderly care");
        case "culture": return qsTr("Culture");
        case "party_mass": return qsTr("Party & community");
        case "canteen": return qsTr("Canteen");
        case "sports": return qsTr("Sports");
        case "children": return qsTr("Children");
        case "market": return qsTr("Market");
        default: return qsTr("Other");
        }
    }

    function eventKind(code: string): string {
        switch (code) {
        case "talk": return qsTr("Talk");
        case "class": return qsTr("Class");
        case "performance": return qsTr("Performance");
        case "health": return qsTr("Health");
        default: return qsTr("Activity");
        }
    }

    function resultKind(code: string): string {
        switch (code) {
        case "guide": return qsTr("Service guides");
        case "place": return qsTr("Facilities and rooms");
        case "event": return qsTr("Activities");
        default: return qsTr("Notices");
        }
    }
}
