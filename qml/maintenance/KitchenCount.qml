pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Linli
import Linli.Backend

// 厨房统计: today's servings per dish for lunch or dinner (eat-in and delivered), and the
// delivery list in round order: the resident's name masked, the address in full, what to bring.
Column {
    id: root
    required property MaintenanceBackend maintenance
    spacing: Theme.gap

    KitchenController {
        id: kitchen
        maintenance: root.maintenance
    }

    ChoiceBar {
        width: root.width
        values: ["lunch", "dinner"]
        labels: [qsTr("Lunch"), qsTr("Dinner")]
        current: kitchen.meal
        onChosen: value => kitchen.meal = value
    }
    MessageBox {
        width: root.width
        text: kitchen.problem
    }
    BodyText {
        width: root.width
        strong: true
        text: kitchen.total
    }
    Repeater {
        model: kitchen.dishes
        delegate: RowLayout {
            id: dish
            required property string name
            required property int eatIn
            required property int delivery
            width: root.width
            spacing: Theme.gap
            BodyText {
                Layout.fillWidth: true
                text: dish.name
            }
            BodyText {
                strong: true
                text: qsTr("%1 in · %2 delivered").arg(dish.eatIn).arg(dish.delivery)
            }
        }
    }
    BodyText {
        width: root.width
        strong: true
        text: kitchen.stops.count > 0 ? qsTr("Delivery list") : qsTr("No deliveries for this meal.")
    }
    Repeater {
        model: kitchen.stops
        delegate: Rectangle {
            id: stop
            required property int index
            required property string who
            required property string address
            required property string items
            required property string note
            width: root.width
            implicitHeight: lines.implicitHeight + Theme.gap
            color: stop.index % 2 === 0 ? Theme.surface : Theme.background
            Column {
                id: lines
                x: Theme.gap / 2
                y: Theme.gap / 2
                width: stop.width - Theme.gap
                BodyText {
                    width: lines.width
                    strong: true
                    text: qsTr("%1. %2 · %3").arg(stop.index + 1).arg(stop.who).arg(stop.address)
                }
                BodyText {
                    width: lines.width
                    text: stop.note.length > 0 ? stop.items + "\n" + stop.note : stop.items
                }
            }
        }
    }
}
