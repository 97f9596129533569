#pragma once

#include <QObject>
#include <QQmlEngine>

class MaintenanceBackend;

// What every maintenance screen's controller shares: the staff backend, a required property set
// by its page. When it is set, the screen reads (attached()); whenever the backend says who is
// signed in, their role or the language changed, the screen hears it (staffChanged()), so
// nothing shown to one staff member is left for the next.
class StaffScreen : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(MaintenanceBackend *maintenance READ maintenance WRITE setMaintenance NOTIFY maintenanceChanged
            REQUIRED)

public:
    using QObject::QObject;

    MaintenanceBackend *maintenance() const { return m_maintenance; }
    void setMaintenance(MaintenanceBackend *maintenance);

signals:
    void maintenanceChanged();

protected:
    virtual void staffChanged() = 0;
    virtual void attached() { staffChanged(); }
    // Further signals of the backend this screen follows; disconnected with the rest.
    virtual void follow(MaintenanceBackend &) { }

private:
    MaintenanceBackend *m_maintenance = nullptr;
};
