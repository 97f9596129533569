import QtQuick

// What a capability adds to the kiosk, registered with one line in Router.qml: its screens
// by base route, its tiles on the home screen, its entries in the resident's "My" area, titles
// for its routes that have no tile, and the name of its backend (Kiosk.backend(name)), which the window hands to each of its
// screens as a required property of that same name.
QtObject {
    property string backend: ""
    // Base route ("room" for "room/<id>") → page URL, made with Qt.resolvedUrl in the
    // capability's own folder.
    property var pages: ({})
    property list<Feature> tiles
    // Its screens of the resident's own things (My meal orders), offered on every other "My"
    // screen (MyLinks).
    property list<MyLink> mine
    // Base route → screen title, for routes without a tile.
    property var titles: ({})
    // Base route → what this screen will offer, for a capability that is announced but not
    // built yet: its tiles open the honest "coming soon" page.
    property var comingSoon: ({})
}
