import QtQuick

// One home-screen tile: the route it opens, how it reads, and where it stands among the
// tiles of every capability (lower first).
QtObject {
    required property int order
    required property string route
    required property string glyph
    required property string title
    required property string subtitle
}
