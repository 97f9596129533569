pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli

// The way between the resident's "My" screens: one big button for each entry of the "My" area
// (Router.myLinks) other than the screen it is on.
ColumnLayout {
    id: root

    required property Router router
    // The base route of the screen showing these ("my"), left out of the list.
    required property string here

    spacing: Theme.gap / 2
    visible: links.count > 0

    Repeater {
        id: links
        model: {
            let others = [];
            for (let i = 0; i < root.router.myLinks.length; ++i) {
                const link = root.router.myLinks[i] as MyLink;
                if (link.route !== root.here)
                    others.push(link);
            }
            return others;
        }
        delegate: KioskButton {
            id: link
            required property MyLink modelData
            Layout.fillWidth: true
            text: link.modelData.title
            onClicked: root.router.go(link.modelData.route)
        }
    }
}
