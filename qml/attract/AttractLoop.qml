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
    Component.onCompleted: root.attract.eligible = root.homeShown
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

    Loader {
        id: content
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: start.top
        active: root.attract.playing
        sourceComponent: root.attract.kind === "image" ? pictureComponent
                       : root.attract.kind === "video" ? filmComponent : slideComponent
    }
    Component {
        id: pictureComponent
        Image {
            id: picture
            source: root.attract.source
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            onStatusChanged: if (picture.status === Image.Error) root.attract.failed(root.attract.source)
        }
    }
    Component {
        id: filmComponent
        AttractFilm { attract: root.attract }
    }
    Component {
        id: slideComponent
        AttractSlide { kiosk: root.kiosk; attract: root.attract }
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
