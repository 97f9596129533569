pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Linli
import Linli.Backend

// The kiosk's window: the top bar, a stack of screens with Back and Home, or the
// out-of-service screen when the kiosk cannot work safely.
ApplicationWindow {
    id: root

    required property Kiosk kiosk

    width: 1080
    height: 1920
    visible: false
    title: qsTr("Linli community service kiosk")
    color: Theme.background
    font.family: Theme.fontFamily

    onWidthChanged: Theme.scale = Math.min(root.width / 1080, root.height / 1920)
    onHeightChanged: Theme.scale = Math.min(root.width / 1080, root.height / 1920)
    Component.onCompleted: {
        Theme.elderMode = root.kiosk.elderMode;
        root.kiosk.session.endedByIdle.connect(root.onSessionIdle);
        root.kiosk.session.started.connect(root.onSessionStarted);
        if (root.maintenance) {
            root.maintenance.gestureEntered.connect(root.openMaintenance);
            root.maintenance.cardPresented.connect(root.openMaintenance);
            root.maintenance.left.connect(root.onMaintenanceLeft);
            root.maintenance.checkInOpened.connect(root.openCheckIn);
        }
        if (root.kiosk.outOfService)
            Qt.callLater(root.kiosk.reportScreenReady, "out-of-service");
        else
            root.go(root.kiosk.initialRoute, StackView.Immediate);
    }

    // The session outlives a window made in a test: leave it no handler of ours.
    Component.onDestruction: {
        root.kiosk.session.endedByIdle.disconnect(root.onSessionIdle);
        root.kiosk.session.started.disconnect(root.onSessionStarted);
        if (root.maintenance) {
            root.maintenance.gestureEntered.disconnect(root.openMaintenance);
            root.maintenance.cardPresented.disconnect(root.openMaintenance);
            root.maintenance.left.disconnect(root.onMaintenanceLeft);
            root.maintenance.checkInOpened.disconnect(root.openCheckIn);
        }
    }

    Router {
        id: router
        onNavigationRequested: route => root.go(route, StackView.PushTransition)
    }

    function go(route: string, operation: int): void {
        if (router.baseOf(route) === "home") {
            stack.pop(null, operation);
        } else {
            const capability = router.capabilityOf(route);
            let properties = { kiosk: root.kiosk, router: router, route: route };
            let component = Qt.createComponent(router.pageFor(route));
            if (component.status === Component.Ready && router.isBuilt(route) && capability.backend.length > 0)
                properties[capability.backend] = root.kiosk.backend(capability.backend);
            if (component.status !== Component.Ready) {
                console.error("cannot open", route, component.errorString());
                component = Qt.createComponent("ComingSoonPage.qml");
            }
            stack.push(component.createObject(stack, properties), {}, operation);
        }
        root.reportWhenBuilt(route);
    }

    // Tells the kiosk the screen is on the glass once the page has finished building itself
    // (screenshots, start-up timing).
    function reportWhenBuilt(route: string): void {
        const page = stack.currentItem as KioskPage;
        if (page === null || !page.loading) {
            Qt.callLater(root.kiosk.reportScreenReady, route);
            return;
        }
        page.loadingChanged.connect(() => {
            if (!page.loading)
                root.kiosk.reportScreenReady(route);
        });
    }

    // A session that ends on idle takes the screen home, leaving nothing of the resident;
    // so does a screen left idle by someone who never identified. The next person is met in
    // the kiosk's own language.
    function onSessionIdle(): void {
        if (root.kiosk.doorKiosk)
            return;
        stack.pop(null, StackView.Immediate);
        root.kiosk.language.returnToHomeLanguage();
    }

    // A resident who identifies on the home screen or an information screen (a card
    // on the reader) sees their bookings and any news at once. Booking screens show who is
    // signed in themselves, and carry on.
    function onSessionStarted(): void {
        if (root.kiosk.outOfService)
            return;
        const page = stack.currentItem as KioskPage;
        if (stack.depth === 1 || !page || !page.showsSession)
            root.go("my", StackView.PushTransition);
    }

    // Staff: five taps in one corner or a staff card open maintenance mode; leaving it, or two
    // minutes untouched, comes home with nothing of the staff member left.
    function openMaintenance(): void {
        const page = stack.currentItem as KioskPage;
        if (!root.kiosk.outOfService && !root.kiosk.doorKiosk && (page === null || page.route !== "maintenance"))
            root.go("maintenance", StackView.Immediate);
    }
    function onMaintenanceLeft(): void {
        stack.pop(null, StackView.Immediate);
    }
    // Staff opened check-in mode (they have left maintenance): check-in over the home screen.
    function openCheckIn(): void {
        root.go("checkin", StackView.Immediate);
    }
    readonly property MaintenanceBackend maintenance: root.kiosk.backend("maintenance") as MaintenanceBackend

    // "Still there?" before an idle session ends; any tap keeps the session.
    Rectangle {
        anchors.fill: parent
        z: 10
        visible: root.kiosk.session.idleWarning
        color: "#E6F7F3EC"
        Accessible.role: Accessible.AlertMessage
        Accessible.name: idleText.text
        // A MouseArea, not a TapHandler: the tap that dismisses this must not reach the
        // button underneath (it might be "Yes, cancel it").
        MouseArea {
            anchors.fill: parent
            Accessible.role: Accessible.Button
            Accessible.name: idleText.text
            onClicked: root.kiosk.session.stillHere()
        }
        Text {
            id: idleText
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            text: qsTr("Are you still there? Tap anywhere to continue. Otherwise you will be signed out in a moment.")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }

    OutOfServicePage {
        anchors.fill: parent
        visible: root.kiosk.outOfService
        reasonZh: root.kiosk.outOfServiceReasonZh
        reasonEn: root.kiosk.outOfServiceReasonEn
    }

    // Nobody there: the attract loop over a home screen left untouched (qml/attract).
    AttractLoop {
        anchors.fill: parent
        z: 20
        kiosk: root.kiosk
        attract: root.kiosk.backend("attract") as AttractBackend
        homeShown: stack.depth === 1 && !root.kiosk.outOfService && !root.kiosk.doorKiosk
                   && !(root.maintenance && root.maintenance.signedIn)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: !root.kiosk.outOfService

        TopBar {
            Layout.fillWidth: true
            kiosk: root.kiosk
        }
        StackView {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: HomePage {
                kiosk: root.kiosk
                router: router
                onOpen: route => root.go(route, StackView.PushTransition)
            }
        }
        NavBar {
            Layout.fillWidth: true
            visible: stack.depth > 1 && !root.kiosk.doorKiosk
            onBack: stack.pop()
            onHome: stack.pop(null)
        }
    }
}
