#pragma once

#include "gadget_list_model.h"
#include "information_screen.h"

// A room on the floor plan: its box in percent of the floor.
struct FloorRoom {
    Q_GADGET
    Q_PROPERTY(QString roomId MEMBER roomId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(double planX MEMBER planX)
    Q_PROPERTY(double planY MEMBER planY)
    Q_PROPERTY(double planW MEMBER planW)
    Q_PROPERTY(double planH MEMBER planH)
public:
    QString roomId, name;
    double planX = 0, planY = 0, planW = 0, planH = 0;
};

// 楼层平面图 ("floorplan", "floorplan?room=<id>"): the hall's floors and the rooms of the one
// shown. It opens on the floor of the room asked for, else on the first floor there is.
class FloorPlanController : public InformationScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString highlighted READ highlighted WRITE setHighlighted NOTIFY highlightedChanged)
    Q_PROPERTY(int floor READ floor WRITE setFloor NOTIFY floorChanged)
    Q_PROPERTY(QList<int> floors READ floors NOTIFY changed)
    // For the floor buttons: the floors as text ("1", "2"), and their names (1楼 / 1F).
    Q_PROPERTY(QList<QString> floorValues READ floorValues NOTIFY changed)
    Q_PROPERTY(QList<QString> floorNames READ floorNames NOTIFY changed)
    Q_PROPERTY(GadgetListModel *rooms READ rooms CONSTANT)

public:
    explicit FloorPlanController(QObject *parent = nullptr);

    QString highlighted() const { return m_highlighted; }
    void setHighlighted(const QString &roomId);
    int floor() const { return m_floor; }
    void setFloor(int floor);
    QList<int> floors() const { return m_floors; }
    QList<QString> floorValues() const;
    QList<QString> floorNames() const { return m_floorNames; }
    GadgetListModel *rooms() { return &m_rooms; }

signals:
    void highlightedChanged();
    void floorChanged();

protected:
    void read() override;
    void clear() override;

private:
    QString m_highlighted;
    int m_floor = 1;
    bool m_floorChosen = false; // by the resident, or for the highlighted room
    QList<int> m_floors;
    QStringList m_floorNames;
    GadgetListModel m_rooms;
};
