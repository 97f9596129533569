import QtQuick
import Linli
import Linli.Backend

// The icon of a check-in answer: a tick, an exclamation mark, a cross, or a QR code's corner
// marks while waiting; drawn, so it does not depend on a font having the symbol.
Item {
    id: root
    property int result: CheckinController.Scanning
    property color ink: Theme.text

    implicitWidth: Math.round(170 * Theme.scale)
    implicitHeight: root.implicitWidth

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: "transparent"
        border.color: root.ink
        border.width: Math.round(12 * Theme.scale)
        visible: root.result !== CheckinController.Scanning
    }
    Canvas {
        id: glyph
        anchors.fill: parent
        property int kind: root.result
        property color ink: root.ink
        onKindChanged: requestPaint()
        onInkChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d");
            const s = width;
            ctx.reset();
            ctx.strokeStyle = glyph.ink;
            ctx.fillStyle = glyph.ink;
            ctx.lineWidth = s * 0.09;
            ctx.lineCap = "round";
            ctx.beginPath();
            if (glyph.kind === CheckinController.Admitted) {
                ctx.moveTo(s * 0.28, s * 0.52); ctx.lineTo(s * 0.44, s * 0.68); ctx.lineTo(s * 0.72, s * 0.36);
                ctx.stroke();
            } else if (glyph.kind === CheckinController.AlreadyUsed) {
                ctx.moveTo(s * 0.5, s * 0.27); ctx.lineTo(s * 0.5, s * 0.58); ctx.stroke();
                ctx.beginPath(); ctx.arc(s * 0.5, s * 0.73, s * 0.055, 0, 2 * Math.PI); ctx.fill();
            } else if (glyph.kind === CheckinController.Refused) {
                ctx.moveTo(s * 0.33, s * 0.33); ctx.lineTo(s * 0.67, s * 0.67);
                ctx.moveTo(s * 0.67, s * 0.33); ctx.lineTo(s * 0.33, s * 0.67);
                ctx.stroke();
            } else {
                // A QR code's three finder squares.
                ctx.lineWidth = s * 0.05;
                for (const [x, y] of [[0.1, 0.1], [0.6, 0.1], [0.1, 0.6]]) {
                    ctx.strokeRect(s * x, s * y, s * 0.3, s * 0.3);
                    ctx.fillRect(s * (x + 0.09), s * (y + 0.09), s * 0.12, s * 0.12);
                }
                ctx.fillRect(s * 0.65, s * 0.65, s * 0.1, s * 0.1);
                ctx.fillRect(s * 0.8, s * 0.8, s * 0.1, s * 0.1);
            }
        }
    }
}
