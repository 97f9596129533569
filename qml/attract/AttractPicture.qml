import QtQuick
import Linli.Backend

// A picture of the playlist, whole on the screen; one that cannot be read is reported and skipped.
Image {
    id: root

    required property AttractBackend attract

    source: root.attract.source
    fillMode: Image.PreserveAspectFit
    asynchronous: true
    onStatusChanged: if (root.status === Image.Error) root.attract.failed(root.attract.source)
}
