import QtQuick
import Linli

// Route names → screens. Every screen has a route ("guides", "guide/<id>", "search?q=...")
// so it can be opened by a tap, by --route for a screenshot, or by a test. What each route
// opens comes from the capabilities registered below, one line each.
QtObject {
    id: root

    // Asks the window to show a route; pages call go() instead of knowing the stack.
    signal navigationRequested(string route)

    readonly property list<Capability> capabilities: [
        CommonCapability {},
        InformationCapability {},
        BookingCapability {},
        CanteenCapability {},
        TicketsCapability {},
        CheckinCapability {},
        MaintenanceCapability {},
        PlannedCapability {}
    ]

    // Every capability's home-screen tiles, in order. Titles are re-read on a language switch.
    readonly property list<Feature> features: {
        let tiles = [];
        for (let i = 0; i < root.capabilities.length; ++i) {
            const capability = root.capabilities[i] as Capability;
            for (let j = 0; j < capability.tiles.length; ++j)
                tiles.push(capability.tiles[j]);
        }
        return tiles.sort((a, b) => a.order - b.order);
    }

    // Every capability's entries in the resident's "My" area, in order.
    readonly property list<MyLink> myLinks: {
        let links = [];
        for (let i = 0; i < root.capabilities.length; ++i) {
            const capability = root.capabilities[i] as Capability;
            for (let j = 0; j < capability.mine.length; ++j)
                links.push(capability.mine[j]);
        }
        return links.sort((a, b) => a.order - b.order);
    }

    function go(route: string): void {
        root.navigationRequested(route);
    }

    // The capability whose screen the route opens, or whose tile announces it; null if none.
    function capabilityOf(route: string): Capability {
        const base = root.baseOf(route);
        for (let i = 0; i < root.capabilities.length; ++i) {
            const capability = root.capabilities[i] as Capability;
            if (capability.pages[base] !== undefined || capability.comingSoon[base] !== undefined)
                return capability;
        }
        return null;
    }

    function isBuilt(route: string): bool {
        const capability = root.capabilityOf(route);
        return capability !== null && capability.pages[root.baseOf(route)] !== undefined;
    }

    function pageFor(route: string): url {
        return root.isBuilt(route) ? root.capabilityOf(route).pages[root.baseOf(route)]
                                   : Qt.resolvedUrl("ComingSoonPage.qml");
    }

    // "guide/svc-senior-card" → "guide"; "search?q=lnk" → "search".
    function baseOf(route: string): string {
        const end = route.search(/[\/?]/);
        return end < 0 ? route : route.substring(0, end);
    }

    // "guide/svc-senior-card" → "svc-senior-card"; "search?q=lnk" → "".
    function argumentOf(route: string): string {
        const path = route.split("?")[0];
        const slash = path.indexOf("/");
        return slash < 0 ? "" : path.substring(slash + 1);
    }

    // "search?q=lnk&x=1", "q" → "lnk" (decoded).
    function queryValue(route: string, key: string): string {
        const question = route.indexOf("?");
        if (question < 0)
            return "";
        for (const pair of route.substring(question + 1).split("&")) {
            const eq = pair.indexOf("=");
            if (eq > 0 && pair.substring(0, eq) === key)
                return decodeURIComponent(pair.substring(eq + 1).replace(/\+/g, " "));
        }
        return "";
    }

    function titleOf(route: string): string {
        const base = root.baseOf(route);
        for (let i = 0; i < root.features.length; ++i) {
            const feature = root.features[i] as Feature;
            if (feature.route === base)
                return feature.title;
        }
        for (let i = 0; i < root.capabilities.length; ++i) {
            const title = (root.capabilities[i] as Capability).titles[base];
            if (title !== undefined)
                return title;
        }
        return qsTr("Not found");
    }

    function comingSoonDetail(route: string): string {
        const capability = root.capabilityOf(route);
        const detail = capability !== null ? capability.comingSoon[root.baseOf(route)] : undefined;
        return detail !== undefined ? detail : qsTr("This screen does not exist. Please go back to the home screen.");
    }
}
