import QtQuick
import Linli
import Linli.Backend

// For staff: a small mark in the top bar while the kiosk cannot reach its central server (or
// was revoked, or is not enrolled). Quiet on purpose: the kiosk works the same offline, so
// residents need not notice it. Nothing at all when sync is off or all is well.
Rectangle {
    id: root

    required property Kiosk kiosk
    readonly property SyncBackend sync: root.kiosk.backend("sync") as SyncBackend

    visible: root.sync !== null && root.sync.enabled && (root.sync.offline || root.sync.revoked)
    implicitWidth: label.implicitWidth + 2 * Theme.gap
    implicitHeight: label.implicitHeight + Theme.gap / 2
    radius: height / 2
    color: Theme.primaryDark
    Accessible.role: Accessible.StaticText
    Accessible.name: root.sync !== null ? root.sync.stateText : ""

    Text {
        id: label
        anchors.centerIn: parent
        text: root.sync !== null && root.sync.revoked ? qsTr("Stopped") : qsTr("Offline")
        color: Theme.textOnPrimary
        font.pixelSize: Theme.labelSize
    }
}
