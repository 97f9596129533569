#pragma once

#include "gadget_list_model.h"
#include "staff_screen.h"

#include <QObject>
#include <QQmlEngine>

class MaintenanceBackend;

// One bookable room, for staff: its name and whether it is open today.
struct StaffRoomRow {
    Q_GADGET
    Q_PROPERTY(QString roomId MEMBER roomId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString status MEMBER status)
public:
    QString roomId, name, status; // "Out of service today: repairs"
};

// Puts a room out of service for a day (today or one of the next six) for a reason chosen from
// a short list (so residents read it in both languages), after saying how many bookings that
// day it will cancel. Also lists the places this kiosk can check tickets in for, and opens
// check-in mode for one. For roles that may manage the hall.
class RoomClosureController : public StaffScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(GadgetListModel *rooms READ rooms CONSTANT)
    Q_PROPERTY(QList<QString> roomIds READ roomIds NOTIFY changed) // for the room ChoiceBar
    Q_PROPERTY(QList<QString> roomNames READ roomNames NOTIFY changed)
    Q_PROPERTY(QList<QString> days READ days NOTIFY changed) // ISO dates
    Q_PROPERTY(QList<QString> dayLabels READ dayLabels NOTIFY changed)
    Q_PROPERTY(QList<QString> reasons READ reasons CONSTANT)
    Q_PROPERTY(QList<QString> reasonLabels READ reasonLabels NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit RoomClosureController(QObject *parent = nullptr);
    GadgetListModel *rooms() { return &m_rooms; }
    QStringList roomIds() const { return m_roomIds; }
    QStringList roomNames() const { return m_roomNames; }
    QStringList days() const { return m_days; }
    QStringList dayLabels() const { return m_dayLabels; }
    QStringList reasons() const;
    QStringList reasonLabels() const;
    QString message() const { return m_message; }

    // What closing the room that day would cancel, said for staff ("2 bookings that day …").
    Q_INVOKABLE QString impact(const QString &roomId, const QString &day) const;
    Q_INVOKABLE void close(const QString &roomId, const QString &day, const QString &reason);
    Q_INVOKABLE void read();

signals:
    void changed();

protected:
    void staffChanged() override;

private:
    GadgetListModel m_rooms;
    QStringList m_roomIds, m_roomNames, m_days, m_dayLabels;
    QString m_message;
};
