import QtQuick
import QtMultimedia
import Linli.Backend

// A short film of the playlist, silent (a hall is no place for a loop's soundtrack), to its
// end; one that cannot be played is reported and skipped.
Item {
    id: root

    required property AttractBackend attract

    MediaPlayer {
        id: player
        source: root.attract.source
        videoOutput: output
        onMediaStatusChanged: {
            if (player.mediaStatus === MediaPlayer.EndOfMedia)
                root.attract.next();
            else if (player.mediaStatus === MediaPlayer.InvalidMedia)
                root.attract.failed(root.attract.source);
        }
        onErrorOccurred: root.attract.failed(root.attract.source)
    }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectFit
    }
    Component.onCompleted: player.play()
}
