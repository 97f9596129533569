pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// Nobody there: the playlist's pictures and short films, or the built-in slide, over the whole
// screen, with a big "touch to start". A touch anywhere ends it and shows the home screen; the
// touch itself presses nothing beneath.
Rectangle {
    id: root

    required property Kiosk kiosk
    required property AttractBackend attract
    // The window: its home screen is showing, with no resident and no staff at the kiosk.
    required property bool homeShown

    objectName: "attractLoop"
    visible: root.attract.playing
    color: Theme.background

    onHomeShownChanged: root.attract.eligible = root.homeShown
    Component.onCompleted: {
        root.attract.eligible = root.homeShown;
        root.load();
    }
    Component.onDestruction: root.attract.eligible = false
    // Whoever comes next is met in the kiosk's own language.
    onVisibleChanged: if (root.visible) root.kiosk.language.returnToHomeLanguage()

    // A MouseArea, not a TapHandler: it takes the press, so the button beneath never sees it,
    // and ends the loop on release, so the release finds no button to click either.
    MouseArea {
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: startText.text
        onReleased: root.attract.dismiss()
        onCanceled: root.attract.dismiss()
    }

    // What plays, from a file of its own set with its required properties: Qt 6.4's Loader
    // refuses an inline component of a bound file ("Cannot instantiate bound component outside
    // its creation context"), which left the loop showing nothing but "touch to start".
    readonly property string kind: root.attract.playing ? root.attract.kind : ""
    onKindChanged: root.load()
    function load(): void {
        if (root.kind === "image")
            content.setSource(Qt.resolvedUrl("AttractPicture.qml"), { attract: root.attract });
        else if (root.kind === "video")
            content.setSource(Qt.resolvedUrl("AttractFilm.qml"), { attract: root.attract });
        else if (root.kind === "slide")
            content.setSource(Qt.resolvedUrl("AttractSlide.qml"), { kiosk: root.kiosk, attract: root.attract });
        else
            content.source = "";
    }
    Loader {
        id: content
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: start.top
    }

    // The one thing to do, in both languages: a passer-by may read either.
    Rectangle {
        id: start
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        implicitHeight: startColumn.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.primary
        ColumnLayout {
            id: startColumn
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap / 2
            Text {
                id: startText
                Layout.fillWidth: true
                text: qsTr("Touch the screen to start")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.displaySize
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                Layout.fillWidth: true
                // The other language, as it is written in it (not translated).
                text: root.kiosk.language.english ? "轻触屏幕开始" : "Touch the screen to start"
                color: Theme.textOnPrimary
                font.pixelSize: Theme.headingSize
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
