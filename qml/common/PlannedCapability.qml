import QtQuick

// Announced on the home screen before they are built: each tile opens the honest "coming
// soon" page saying where to get the same help today. A capability that arrives takes its
// line out of here.
Capability {
    tiles: [
        Feature { order: 50; route: "canteen"; glyph: qsTr("C", "tile glyph: canteen"); title: qsTr("Canteen"); subtitle: qsTr("Order a meal with your elderly meal subsidy") }
    ]
    titles: ({ "maintenance": qsTr("Maintenance") })
    comingSoon: ({
        "canteen": qsTr("Here you will soon order your meals at the canteen, with your elderly meal subsidy."),
        "maintenance": qsTr("Maintenance mode for staff is not available on this kiosk yet.")
    })
}
