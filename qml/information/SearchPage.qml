pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// 搜索 ("search", "search?q=lnk"): one box across guides, facilities, activities and notices.
// Chinese, English, full pinyin (laonianka) or pinyin initials (lnk) all work; results come
// grouped by kind, best first, and update with every key.
KioskPage {
    id: root
    loading: keyboardLoader.status !== Loader.Ready
    required property Catalog information

    readonly property SearchResultModel results: root.information.search

    heading: qsTr("Search")

    CatalogWords { id: words }

    Component.onCompleted: {
        root.results.query = field.text;
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

        MessageBox {
            Layout.fillWidth: true
            text: root.results.problem
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
            visible: list.count === 0 && root.results.problem.length === 0
            text: field.text.trim().length === 0
                  ? qsTr("Type Chinese, English or pinyin. Initials work too: lnk finds 老年卡 (senior card).")
                  : qsTr("Nothing found for “%1”. Try fewer letters, or ask at the service desk.").arg(field.text.trim())
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }

        // The keyboard is built in the background so the screen itself appears at once; the
        // field takes focus only once the keyboard is there (focus without an InputPanel in the
        // scene makes Qt Virtual Keyboard open a desktop panel window of its own).
        Loader {
            id: keyboardLoader
            Layout.fillWidth: true
            Layout.leftMargin: -Theme.margin
            Layout.rightMargin: -Theme.margin
            Layout.preferredHeight: keyboardLoader.implicitHeight
            asynchronous: true
            source: "SearchKeyboard.qml"
            onLoaded: field.focusInput()
        }
    }
}
