pragma Singleton
import QtQuick

// Type scale, colours, spacing and touch-target minimums. Sizes are for a 1080 px wide
// portrait screen and scale with the window; elder mode enlarges type and targets.
QtObject {
    id: theme

    // Set by Main.qml from the window width (1.0 at 1080 px).
    property real scale: 1.0
    property bool elderMode: false
    readonly property real typeFactor: theme.elderMode ? 1.3 : 1.0

    // Type (px at 1080 wide). Nothing a resident reads is smaller than bodySize.
    readonly property int bodySize: Math.round(34 * theme.scale * theme.typeFactor)
    readonly property int labelSize: Math.round(32 * theme.scale * theme.typeFactor)
    readonly property int headingSize: Math.round(44 * theme.scale * theme.typeFactor)
    readonly property int titleSize: Math.round(56 * theme.scale * theme.typeFactor)
    readonly property int displaySize: Math.round(72 * theme.scale * theme.typeFactor)
    readonly property string fontFamily: "Noto Sans CJK SC"

    // Touch targets.
    readonly property int minTarget: Math.round((theme.elderMode ? 128 : 96) * theme.scale)
    readonly property int largeTarget: Math.round((theme.elderMode ? 150 : 120) * theme.scale)

    // Spacing and shape.
    readonly property int gap: Math.round(24 * theme.scale)
    readonly property int margin: Math.round(40 * theme.scale)
    readonly property int radius: Math.round(24 * theme.scale)

    // Colours: warm, high contrast (every text/background pair here is >= 4.5:1, tested).
    readonly property color background: "#F7F3EC"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1E1B18"
    readonly property color mutedText: "#57514A"
    readonly property color primary: "#A3201C"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color primaryDark: "#7A1411"
    readonly property color accent: "#1F5F8B"
    readonly property color textOnAccent: "#FFFFFF"
    readonly property color urgent: "#FFF0C2"
    readonly property color textOnUrgent: "#3D2B00"
    readonly property color urgentBorder: "#C98A00"
    readonly property color border: "#D8D0C4"
    readonly property color disabledSurface: "#ECE7DF"
    readonly property color textOnDisabled: "#4F4943"
    readonly property color focusRing: "#1F5F8B"

    // Tile colours: each feature has its own, dark enough for white glyphs.
    readonly property var tileColours: ["#A3201C", "#1F5F8B", "#2E6B34", "#7A4A10", "#8A2E62", "#3F4A9A"]
}
