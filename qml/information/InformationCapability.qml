import QtQuick
import Linli

// Resident information: service guides, facilities and the floor plan, activities, notices
// and search. Its screens receive the `information` backend (Catalog).
Capability {
    backend: "information"
    pages: ({
        "guides": Qt.resolvedUrl("GuidesPage.qml"),
        "guide": Qt.resolvedUrl("GuidePage.qml"),
        "facilities": Qt.resolvedUrl("FacilitiesPage.qml"),
        "facility": Qt.resolvedUrl("FacilityPage.qml"),
        "floorplan": Qt.resolvedUrl("FloorPlanPage.qml"),
        "events": Qt.resolvedUrl("EventsPage.qml"),
        "notices": Qt.resolvedUrl("NoticesPage.qml"),
        "search": Qt.resolvedUrl("SearchPage.qml")
    })
    tiles: [
        Feature { order: 10; route: "guides"; glyph: qsTr("G", "tile glyph: service guides"); title: qsTr("Service guides"); subtitle: qsTr("What to bring, and where to go, for each service") },
        Feature { order: 20; route: "facilities"; glyph: qsTr("F", "tile glyph: facilities"); title: qsTr("Facilities"); subtitle: qsTr("Rooms, opening hours and how to get there") },
        Feature { order: 30; route: "events"; glyph: qsTr("A", "tile glyph: activities"); title: qsTr("Activities"); subtitle: qsTr("Talks, classes and performances this week") }
    ]
}
