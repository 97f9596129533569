import QtQuick
import QtQuick.Layouts
import Linli

// 登录: the resident card on the reader (seen anywhere), or phone number then PIN on a big
// keypad. One thing to type at a time. Goes on to the ?then= route once identified.
KioskPage {
    id: root
    showsSession: true
    heading: qsTr("Please identify yourself")

    readonly property string nextRoute: root.router.queryValue(root.route, "then")
    property string phone: ""
    property string pin: ""
    property bool askingPin: false

    property bool proceeded: false

    function proceed(): void {
        // Once: the page stays under the next one, and a later sign-in is not its business.
        if (root.proceeded)
            return;
        root.proceeded = true;
        root.router.go(root.nextRoute.length > 0 ? root.nextRoute : "my");
    }

    function onSessionChanged(): void {
        if (root.kiosk.session.message.length > 0)
            root.pin = "";
    }

    Component.onCompleted: {
        root.kiosk.session.clearMessage();
        root.kiosk.session.started.connect(root.proceed);
        root.kiosk.session.changed.connect(root.onSessionChanged);
        if (root.kiosk.session.active)
            Qt.callLater(root.proceed);
    }
    Component.onDestruction: {
        root.kiosk.session.started.disconnect(root.proceed);
        root.kiosk.session.changed.disconnect(root.onSessionChanged);
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        BodyText {
            Layout.fillWidth: true
            strong: true
            text: qsTr("Hold your resident card against the reader below the screen.")
        }
        BodyText {
            Layout.fillWidth: true
            color: Theme.mutedText
            text: root.askingPin ? qsTr("Or type your 6-digit PIN:") : qsTr("Or type your mobile phone number:")
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.largeTarget
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.accent
            border.width: Math.max(3, Math.round(4 * Theme.scale))
            Text {
                anchors.centerIn: parent
                text: root.askingPin ? "●".repeat(root.pin.length) + "○".repeat(6 - root.pin.length) : root.phone
                color: Theme.text
                font.pixelSize: Theme.displaySize
                font.letterSpacing: Math.round(6 * Theme.scale)
                Accessible.name: root.askingPin ? qsTr("PIN, %1 of 6 digits typed").arg(root.pin.length)
                                                : qsTr("Phone number: %1").arg(root.phone)
            }
        }
        MessageBox {
            Layout.fillWidth: true
            text: root.kiosk.session.busy ? qsTr("Checking…") : root.kiosk.session.message
        }
        Item { Layout.fillHeight: true }
        Keypad {
            Layout.fillWidth: true
            enabled: !root.kiosk.session.busy
            acceptText: root.askingPin ? qsTr("Sign in") : qsTr("Next")
            onDigit: value => {
                if (root.askingPin && root.pin.length < 6)
                    root.pin += value;
                else if (!root.askingPin && root.phone.length < 11)
                    root.phone += value;
            }
            onErase: {
                if (root.askingPin && root.pin.length === 0)
                    root.askingPin = false;
                else if (root.askingPin)
                    root.pin = root.pin.slice(0, -1);
                else
                    root.phone = root.phone.slice(0, -1);
            }
            onAccept: {
                if (!root.askingPin) {
                    root.askingPin = root.phone.length >= 6;
                } else if (root.pin.length === 6) {
                    root.kiosk.session.signIn(root.phone, root.pin);
                }
            }
        }
    }
}
