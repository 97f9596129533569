#pragma once

#include "booking_screen.h"
#include "gadget_list_model.h"

// One bookable room as the "free now and later today" list shows it.
struct RoomTodayRow {
    Q_GADGET
    Q_PROPERTY(QString roomId MEMBER roomId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(int capacity MEMBER capacity)
    Q_PROPERTY(bool freeNow MEMBER freeNow)
    Q_PROPERTY(int freeLater MEMBER freeLater)
    Q_PROPERTY(QString nextFree MEMBER nextFree)
    Q_PROPERTY(QString closedReason MEMBER closedReason)
    Q_PROPERTY(bool closedToday MEMBER closedToday)
    Q_PROPERTY(bool approval MEMBER approval)
public:
    QString roomId, name;
    int capacity = 0;
    bool freeNow = false;
    int freeLater = 0; // free times still to start today
    QString nextFree; // "15:00", the first of them
    QString closedReason;
    bool closedToday = false;
    bool approval = false;
};

// 预约房间: every bookable room, free now or when next today.
class RoomsController : public BookingScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(GadgetListModel *rooms READ rooms CONSTANT)

public:
    explicit RoomsController(QObject *parent = nullptr);
    GadgetListModel *rooms() { return &m_rooms; }

protected:
    void read() override;

private:
    GadgetListModel m_rooms;
};
