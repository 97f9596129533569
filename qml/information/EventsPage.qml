pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// 活动日历 ("events", "events?range=today"): talks, classes and performances by day, for today,
// tomorrow, the next seven days or the week after. A tap opens sign-up ("event/<id>").
KioskPage {
    id: root
    required property Catalog information

    readonly property EventListModel events: root.information.events

    heading: qsTr("Activities")

    CatalogWords { id: words }

    // The list outlives the page: read it again so places left count sign-ups made since.
    Component.onCompleted: {
        const range = root.router.queryValue(root.route, "range");
        root.events.range = range.length > 0 ? range : "week";
        root.events.refresh();
    }

    function rangeName(code: string): string {
        switch (code) {
        case "today": return qsTr("Today");
        case "tomorrow": return qsTr("Tomorrow");
        case "week": return qsTr("Next 7 days");
        default: return qsTr("The week after");
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        ChoiceBar {
            Layout.fillWidth: true
            values: ["today", "tomorrow", "week", "later"]
            labels: [root.rangeName("today"), root.rangeName("tomorrow"), root.rangeName("week"), root.rangeName("later")]
            current: root.events.range
            onChosen: value => root.events.range = value
        }
        MessageBox {
            Layout.fillWidth: true
            text: root.events.problem
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            model: root.events
            delegate: GroupedRow {
                id: entry
                required property string eventId
                required property string title
                required property string kind
                required property string day
                required property bool firstOfDay
                required property string time
                required property string place
                required property string host
                required property string audience
                required property int capacity
                required property int seatsLeft
                width: list.width - Math.round(28 * Theme.scale)
                heading: entry.day
                startsGroup: entry.firstOfDay
                ListRow {
                    width: entry.width
                    title: entry.title
                    badge: entry.time + "  ·  " + words.eventKind(entry.kind)
                    badgeColour: Theme.accent
                    detail: entry.place + (entry.host.length > 0 ? " · " + entry.host : "")
                    extra: (entry.audience.length > 0 ? entry.audience + " · " : "")
                           + (entry.capacity > 0 ? qsTr("%n seat(s) left", "", entry.seatsLeft) : qsTr("No sign-up needed"))
                    onClicked: root.router.go("event/" + entry.eventId)
                }
            }
            ScrollBar.vertical: KioskScrollBar {}

        }
    }
    Text {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        visible: list.count === 0 && root.events.problem.length === 0
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("No activities on these days. Try another day.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
}
