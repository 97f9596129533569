#pragma once

#include <QObject>
#include <QQmlEngine>

class MaintenanceBackend;

// The status screen: the kiosk's health in words staff can act on, read when the screen opens
// and on refresh().
class StatusController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MaintenanceBackend *maintenance READ maintenance WRITE setMaintenance NOTIFY changed REQUIRED)
    Q_PROPERTY(QString outbox READ outbox NOTIFY changed)
    Q_PROPERTY(QString database READ database NOTIFY changed)
    Q_PROPERTY(bool databaseOk READ databaseOk NOTIFY changed)
    Q_PROPERTY(QString diskFree READ diskFree NOTIFY changed)
    Q_PROPERTY(QString memory READ memory NOTIFY changed)
    Q_PROPERTY(QString uptime READ uptime NOTIFY changed)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    explicit StatusController(QObject *parent = nullptr);

    MaintenanceBackend *maintenance() const { return m_maintenance; }
    void setMaintenance(MaintenanceBackend *maintenance);
    QString outbox() const { return m_outbox; }
    QString database() const { return m_database; }
    bool databaseOk() const { return m_databaseOk; }
    QString diskFree() const { return m_diskFree; }
    QString memory() const { return m_memory; }
    QString uptime() const { return m_uptime; }
    QString version() const;

    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    MaintenanceBackend *m_maintenance = nullptr;
    QString m_outbox, m_database, m_diskFree, m_memory, m_uptime;
    bool m_databaseOk = false;
};
