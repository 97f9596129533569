pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Linli
import Linli.Backend

// 搜索 ("search", "search?q=lnk"): one box across guides, facilities, activities and notices.
// Chinese, English, full pinyin (laonianka) or pinyin initials (lnk) all work; results come
// grouped by kind, best first, and update with every key.
KioskPage {
    id: root

    readonly property SearchResultModel results: root.kiosk.catalog.search

    heading: qsTr("Search")

    CatalogWords { id: words }

    Component.onCompleted: {
        root.results.query = field.text;
        field.focusInput();
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            SearchField {
                id: field
                Layout.fillWidth: true
                placeholder: qsTr("Type here, e.g. 老年卡, lnk or dance")
                text: root.router.queryValue(root.route, "q")
                onTextChanged: root.results.query = field.text
            }
            KioskButton {
                visible: field.text.length > 0
                text: qsTr("Clear")
                Accessible.name: qsTr("Clear the search words")
                onClicked: field.text = ""
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: root.results
            delegate: GroupedRow {
                id: entry
                required property string kind
                required property bool firstOfKind
                required property string title
                required property string subtitle
                required property string route
                width: list.width - Math.round(28 * Theme.scale)
                heading: words.resultKind(entry.kind)
                startsGroup: entry.firstOfKind
                ListRow {
                    width: entry.width
                    title: entry.title
                    detail: entry.subtitle
                    onClicked: root.router.go(entry.route)
                }
            }
            ScrollBar.vertical: KioskScrollBar {}
        }

        Text {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: list.count === 0
            text: field.text.trim().length === 0
                  ? qsTr("Type Chinese, English or pinyin. Initials work too: lnk finds 老年卡 (senior card).")
                  : qsTr("Nothing found for “%1”. Try fewer letters, or ask at the service desk.").arg(field.text.trim())
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }

        // The on-screen keyboard. Debian's Qt Virtual Keyboard ships no pinyin input method
        // (no candidate selection), so it offers the Latin layout and pinyin letters are
        // matched by the catalog's own pinyin index (typing lnk or laonianka finds 老年卡).
        InputPanel {
            id: keyboard
            Layout.fillWidth: true
            Layout.leftMargin: -Theme.margin
            Layout.rightMargin: -Theme.margin
            Accessible.name: qsTr("On-screen keyboard")
            Component.onCompleted: {
                // Keys at least the theme's minimum target high: the stock style makes four rows
                // about 84 px high on a 1080 px wide screen, too small for older fingers.
                const style = keyboard.keyboard.style;
                if (style)
                    style.keyboardDesignHeight = style.keyboardDesignWidth * 4.8 * Theme.minTarget / (1080 * Theme.scale);
                const wanted = ["zh_CN", "en_US"];
                const available = VirtualKeyboardSettings.availableLocales;
                const active = wanted.filter(l => available.indexOf(l) >= 0);
                if (active.length > 0)
                    VirtualKeyboardSettings.activeLocales = active;
            }
        }
    }
}
