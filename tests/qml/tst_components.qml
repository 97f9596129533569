import QtQuick
import QtTest
import Linli
import Linli.TestSupport

// The building blocks every screen uses: big enough, named for assistive tools, and doing
// what they say when tapped.
TestCase {
    id: testCase
    name: "Components"
    width: 1080
    height: 1920
    visible: true
    when: windowShown

    Component { id: buttonComponent; KioskButton { text: "OK" } }
    Component { id: navComponent; NavBar { width: 1080 } }
    Component { id: tileComponent; Tile { width: 500; height: 400; glyph: "A"; title: "T"; subtitle: "S"; badgeColour: "#A3201C" } }
    Component { id: switchComponent; LanguageSwitch { language: Fixtures.language } }
    Component { id: signalSpy; SignalSpy {} }

    function init() {
        Theme.scale = 1.0;
        Fixtures.language.select("zh");
    }

    function test_button_meets_touch_target() {
        const button = createTemporaryObject(buttonComponent, testCase);
        verify(button.height >= 96 && button.width >= 96, button.width + "x" + button.height);
        compare(button.Accessible.name, "OK");
    }

    function test_nav_bar_back_and_home() {
        const bar = createTemporaryObject(navComponent, testCase);
        const back = createTemporaryObject(signalSpy, testCase, { target: bar, signalName: "back" });
        const home = createTemporaryObject(signalSpy, testCase, { target: bar, signalName: "home" });
        waitForRendering(bar);
        mouseClick(bar, bar.width * 0.25, bar.height / 2);
        compare(back.count, 1);
        compare(home.count, 0);
        mouseClick(bar, bar.width * 0.75, bar.height / 2);
        compare(home.count, 1);
        verify(bar.height >= Theme.minTarget);
    }

    function test_tile_says_when_not_built() {
        const tile = createTemporaryObject(tileComponent, testCase, { available: false });
        verify(tile.Accessible.name.indexOf("即将推出") >= 0, tile.Accessible.name);
        tile.available = true;
        compare(tile.Accessible.name, "T. S");
    }

    function test_language_switch_retranslates() {
        const sw = createTemporaryObject(switchComponent, testCase);
        compare(sw.text, "English");
        const tile = createTemporaryObject(tileComponent, testCase, { available: false, y: 600 });
        waitForRendering(sw);
        mouseClick(sw);
        verify(Fixtures.language.english, "after the first tap");
        compare(sw.text, "中文");
        verify(tile.Accessible.name.indexOf("Coming soon") >= 0, tile.Accessible.name);
        mouseClick(sw);
        verify(!Fixtures.language.english, "after the second tap");
        verify(sw.height >= 96);
        verify(sw.Accessible.name.length > 0);
    }
}
