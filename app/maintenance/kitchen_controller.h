#pragma once

#include "gadget_list_model.h"
#include "staff_screen.h"

#include <QObject>
#include <QQmlEngine>

class MaintenanceBackend;
Q_MOC_INCLUDE("maintenance_backend.h")

// One dish of the kitchen count: servings to cook for the meal, eat-in and delivered.
struct KitchenRow {
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(int eatIn MEMBER eatIn)
    Q_PROPERTY(int delivery MEMBER delivery)
public:
    QString name;
    int eatIn = 0, delivery = 0;
};

// One stop of the delivery list: the resident's name masked (as everywhere on the kiosk's
// glass), the address in full (staff deliver there), the round's note and what to bring.
struct DeliveryRow {
    Q_GADGET
    Q_PROPERTY(QString who MEMBER who)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString items MEMBER items)
    Q_PROPERTY(QString note MEMBER note)
public:
    QString who, address, items, note;
};

// Today's kitchen count and delivery list for one meal (lunch or dinner), for canteen staff.
class KitchenController : public StaffScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString meal READ meal WRITE setMeal NOTIFY changed) // "lunch" or "dinner"
    Q_PROPERTY(GadgetListModel *dishes READ dishes CONSTANT)
    Q_PROPERTY(GadgetListModel *stops READ stops CONSTANT)
    Q_PROPERTY(QString total READ total NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    explicit KitchenController(QObject *parent = nullptr);
    QString meal() const { return m_meal; }
    void setMeal(const QString &meal);
    GadgetListModel *dishes() { return &m_dishes; }
    GadgetListModel *stops() { return &m_stops; }
    QString total() const { return m_total; }
    QString problem() const { return m_problem; }
    Q_INVOKABLE void read();

signals:
    void changed();

protected:
    void staffChanged() override;
    void follow(MaintenanceBackend &maintenance) override;

private:
    QString m_meal = QStringLiteral("lunch");
    GadgetListModel m_dishes, m_stops;
    QString m_total, m_problem;
};
