import QtQuick
import QtQuick.Controls
import Linli
import Linli.Backend

// 发布通知: a title and text typed on the on-screen keyboard, urgent (on the home screen) or
// normal, shown until a chosen day; residents see it as soon as it is posted.
Column {
    id: root
    required property MaintenanceBackend maintenance
    property bool urgent: false
    property int span: 1
    spacing: Theme.gap
    function spanValues(): list<string> {
        let out = [];
        for (let i = 0; i < notices.spans.length; ++i)
            out.push(String(notices.spans[i]));
        return out;
    }

    NoticeController {
        id: notices
        maintenance: root.maintenance
    }

    MessageBox {
        width: root.width
        text: notices.message
    }
    BodyText {
        width: root.width
        strong: true
        text: qsTr("Title")
    }
    TextField {
        id: title
        width: root.width
        height: Theme.minTarget // a finger's target, like every other field
        leftPadding: Theme.gap / 2
        font.pixelSize: Theme.bodySize
        placeholderText: qsTr("e.g. Lift out of service this afternoon")
        Accessible.name: qsTr("Notice title")
        maximumLength: 30
        background: Rectangle {
            border.color: title.activeFocus ? Theme.focusRing : Theme.border
            border.width: 2
            color: Theme.surface
        }
    }
    BodyText {
        width: root.width
        strong: true
        text: qsTr("Text (may be left empty)")
    }
    TextArea {
        id: body
        width: root.width
        height: Theme.minTarget * 2
        font.pixelSize: Theme.bodySize
        wrapMode: TextEdit.Wrap
        Accessible.name: qsTr("Notice text")
        background: Rectangle {
            border.color: body.activeFocus ? Theme.focusRing : Theme.border
            border.width: 2
            color: Theme.surface
        }
    }
    // Loaded with the form, shown while a field is being typed in: focus with no InputPanel in
    // the scene makes Qt Virtual Keyboard open a desktop window of its own.
    Loader {
        width: root.width
        active: root.visible
        asynchronous: true
        visible: title.activeFocus || body.activeFocus
        source: "StaffKeyboard.qml"
    }
    ChoiceBar {
        width: root.width
        values: ["normal", "urgent"]
        labels: [qsTr("Normal: under Notices"), qsTr("Urgent: on the home screen")]
        current: root.urgent ? "urgent" : "normal"
        onChosen: value => root.urgent = value === "urgent"
    }
    ChoiceBar {
        width: root.width
        values: root.spanValues()
        labels: notices.spanLabels
        current: String(root.span)
        onChosen: value => root.span = Number(value)
    }
    BodyText {
        width: root.width
        text: notices.until(root.span)
    }
    KioskButton {
        prominent: true
        text: qsTr("Post the notice")
        Accessible.name: qsTr("Post the notice")
        onClicked: {
            if (notices.post(title.text, body.text, root.urgent, root.span)) {
                title.clear();
                body.clear();
                title.focus = false;
                body.focus = false;
            }
        }
    }
}
