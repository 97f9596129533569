import QtQuick
import QtTest
import Linli

// The theme's promises to older eyes and hands, at the design size and in elder mode.
TestCase {
    id: testCase
    name: "Theme"

    function luminance(c: color): real {
        function channel(v) {
            return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }

    function contrast(a: color, b: color): real {
        const la = testCase.luminance(a), lb = testCase.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function init() {
        Theme.scale = 1.0;
        Theme.elderMode = false;
    }

    function test_minimum_sizes_at_1080() {
        verify(Theme.bodySize >= 32, "body " + Theme.bodySize);
        verify(Theme.labelSize >= 32, "label " + Theme.labelSize);
        verify(Theme.minTarget >= 96, "target " + Theme.minTarget);
    }

    function test_elder_mode_enlarges() {
        const body = Theme.bodySize;
        Theme.elderMode = true;
        verify(Theme.bodySize >= Math.round(body * 1.3) - 1);
        verify(Theme.minTarget >= 128);
    }

    function test_scales_with_the_screen() {
        Theme.scale = 2.0;
        compare(Theme.minTarget, 192);
        verify(Theme.bodySize >= 64);
    }

    function test_contrast_pairs_data() {
        return [
            { tag: "text on background", fg: Theme.text, bg: Theme.background },
            { tag: "text on surface", fg: Theme.text, bg: Theme.surface },
            { tag: "muted text on background", fg: Theme.mutedText, bg: Theme.background },
            { tag: "muted text on surface", fg: Theme.mutedText, bg: Theme.surface },
            { tag: "on primary", fg: Theme.textOnPrimary, bg: Theme.primary },
            { tag: "primary on surface", fg: Theme.primary, bg: Theme.surface },
            { tag: "on accent", fg: Theme.textOnAccent, bg: Theme.accent },
            { tag: "on urgent", fg: Theme.textOnUrgent, bg: Theme.urgent },
            { tag: "on disabled", fg: Theme.textOnDisabled, bg: Theme.disabledSurface },
            { tag: "text on urgent mark", fg: Theme.text, bg: Theme.urgentBorder }
        ].concat(Theme.tileColours.map(c => ({ tag: "white on tile " + c, fg: Qt.darker("#FFFFFF", 1.0), bg: Qt.darker(c, 1.0) })));
    }

    function test_contrast_pairs(data) {
        const ratio = testCase.contrast(data.fg, data.bg);
        verify(ratio >= 4.5, data.tag + ": " + ratio.toFixed(2) + ":1");
    }
}
