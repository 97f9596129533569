import QtQuick

// One entry of the resident's "My" area (My bookings, My meal orders …): a capability lists its
// own in `mine`, and each "My" screen offers the others, so a capability that arrives joins the
// area without a line in anyone else's screens.
QtObject {
    // Place among the entries of every capability (lower first).
    required property int order
    required property string route
    required property string title
}
