import QtQuick
import Linli

// The community canteen: menus by day and meal, a dish priced for the resident, the order
// with its code, and My meal orders with the voucher balance. Its screens receive the
// `canteen` backend (CanteenBackend) and each makes its own controller from it.
Capability {
    backend: "canteen"
    pages: ({
        "canteen": Qt.resolvedUrl("MenuPage.qml"),
        "dish": Qt.resolvedUrl("DishPage.qml"),
        "order": Qt.resolvedUrl("OrderPage.qml"),
        "orders": Qt.resolvedUrl("MyOrdersPage.qml")
    })
    tiles: [
        Feature { order: 50; route: "canteen"; glyph: qsTr("C", "tile glyph: canteen"); title: qsTr("Canteen"); subtitle: qsTr("Order a meal with your elderly meal subsidy") }
    ]
    mine: [
        MyLink { order: 20; route: "orders"; title: qsTr("My meal orders") }
    ]
    titles: ({ "dish": qsTr("Order a meal"), "order": qsTr("Meal ordered"), "orders": qsTr("My meal orders") })
}
