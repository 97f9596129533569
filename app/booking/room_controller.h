#pragma once

#include "booking/availability.h"
#include "booking_screen.h"
#include "gadget_list_model.h"

#include <optional>

// A day button above the slot grid.
struct DayRow {
    Q_GADGET
    Q_PROPERTY(int index MEMBER index)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(bool open MEMBER open)
    Q_PROPERTY(bool selected MEMBER selected)
public:
    int index = 0;
    QString label; // 今天, 明天, 11月24日 周二
    bool open = false;
    bool selected = false;
};

// A cell of the slot grid; state is a RoomController::SlotState.
struct SlotRow {
    Q_GADGET
    Q_PROPERTY(double startUtc MEMBER startUtc)
    Q_PROPERTY(QString time MEMBER time)
    Q_PROPERTY(int state MEMBER state)
public:
    double startUtc = 0; // seconds; a double because QML numbers are
    QString time; // 15:00–16:00
    int state = 0;
};

// room/<id>: the room's next two weeks, a day at a time, as a grid of slots.
class RoomController : public BookingScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString roomId READ roomId WRITE setRoomId NOTIFY roomIdChanged REQUIRED)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(int dayIndex READ dayIndex NOTIFY changed)
    Q_PROPERTY(bool dayOpen READ dayOpen NOTIFY changed)
    Q_PROPERTY(QString closedReason READ closedReason NOTIFY changed)
    Q_PROPERTY(GadgetListModel *days READ days CONSTANT)
    Q_PROPERTY(GadgetListModel *slotGrid READ slotGrid CONSTANT)

public:
    enum SlotState { Free, Taken, Past, TooSoon };
    Q_ENUM(SlotState)

    explicit RoomController(QObject *parent = nullptr);

    QString roomId() const { return m_roomId; }
    void setRoomId(const QString &roomId);
    bool found() const { return m_room.has_value(); }
    QString name() const;
    int dayIndex() const { return m_dayIndex; }
    bool dayOpen() const;
    QString closedReason() const;
    GadgetListModel *days() { return &m_days; }
    GadgetListModel *slotGrid() { return &m_slots; }

    Q_INVOKABLE void selectDay(int index);

signals:
    void roomIdChanged();

protected:
    void read() override;

private:
    void fillModels();
    const linli::booking::DayPlan *day() const;

    QString m_roomId;
    std::optional<linli::booking::RoomDays> m_room;
    int m_dayIndex = -1; // none chosen yet: the first bookable day
    GadgetListModel m_days, m_slots;
};
