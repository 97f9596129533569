import QtQuick

// A dish's picture on its warm mat, or, when the dish has none or its file cannot be drawn, an
// empty plate on the same mat: never a broken image or an empty box. Decorative: the dish's
// name beside it is what a screen reader says.
Item {
    id: root

    property url source
    // True when the dish's own picture is on screen (not the plate).
    readonly property bool showsPicture: picture.status === Image.Ready

    Accessible.ignored: true

    // The placeholder: the mat and an empty plate seen from above, as the pictures draw them.
    Rectangle {
        anchors.fill: parent
        visible: !root.showsPicture
        radius: Math.round(root.width * 0.13)
        color: "#F1E1C2"
        Rectangle {
            id: rim
            anchors.centerIn: parent
            width: Math.round(Math.min(root.width, root.height) * 0.8)
            height: rim.width
            radius: rim.width / 2
            color: "#FFFFFF"
            border.color: "#D9CCB8"
            border.width: Math.max(1, Math.round(rim.width / 100))
            Rectangle {
                id: ring
                anchors.centerIn: parent
                width: Math.round(rim.width * 0.82)
                height: ring.width
                radius: ring.width / 2
                color: "transparent"
                border.color: "#B9C7D3"
                border.width: Math.max(1, Math.round(rim.width / 80))
            }
            Rectangle {
                anchors.centerIn: parent
                width: Math.round(rim.width * 0.64)
                height: width
                radius: width / 2
                color: "#F6F1E8"
                border.color: "#E6DCCD"
                border.width: Math.max(1, Math.round(rim.width / 100))
            }
        }
    }

    Image {
        id: picture
        anchors.fill: parent
        visible: root.showsPicture
        source: root.source
        // Drawn (an SVG) at the size it is shown, so it stays sharp at any size. (qmllint 6.4
        // does not know the type of sourceSize, a QSize.)
        sourceSize: Qt.size(Math.max(1, Math.round(root.width)), Math.max(1, Math.round(root.height))) // qmllint disable type
        fillMode: Image.PreserveAspectFit
        smooth: true
        Accessible.ignored: true
    }
}
