import QtQuick

// One home-screen feature: the route it opens and how its tile reads.
QtObject {
    required property string route
    required property string glyph
    required property string title
    required property string subtitle
}
