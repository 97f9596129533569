#pragma once

#include "staff_screen.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

class MaintenanceBackend;
Q_MOC_INCLUDE("maintenance_backend.h")

// Turns this kiosk into a door check-in for a room or the canteen (an activity at the door, a
// busy lunch at the counter): audited, then staff are signed out and the window opens check-in
// for that place. For roles that may manage the hall.
class CheckInModeController : public StaffScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QList<QString> places READ places NOTIFY changed) // room and canteen ids
    Q_PROPERTY(QList<QString> placeNames READ placeNames NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit CheckInModeController(QObject *parent = nullptr);
    QStringList places() const { return m_places; }
    QStringList placeNames() const { return m_names; }
    QString message() const { return m_message; }
    Q_INVOKABLE void open(const QString &placeId);
    Q_INVOKABLE void read();

signals:
    void changed();

protected:
    void staffChanged() override;

private:
    QStringList m_places, m_names;
    QString m_message;
};
