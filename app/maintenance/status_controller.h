#pragma once

#include "staff_screen.h"

#include <QObject>
#include <QQmlEngine>

class MaintenanceBackend;
#include "sync_backend.h"

// The status screen: the kiosk's health in words staff can act on, read when the screen opens
// and on refresh(). An empty restore means the kiosk never had to restore a backup.
class StatusController : public StaffScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(SyncBackend *sync READ sync WRITE setSync NOTIFY changed)
    Q_PROPERTY(QString network READ network NOTIFY changed)
    Q_PROPERTY(bool networkOk READ networkOk NOTIFY changed)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(QString outbox READ outbox NOTIFY changed)
    Q_PROPERTY(QString database READ database NOTIFY changed)
    Q_PROPERTY(bool databaseOk READ databaseOk NOTIFY changed)
    Q_PROPERTY(QString integrity READ integrity NOTIFY changed)
    Q_PROPERTY(bool integrityOk READ integrityOk NOTIFY changed)
    Q_PROPERTY(QString restore READ restore NOTIFY changed)
    Q_PROPERTY(QString diskFree READ diskFree NOTIFY changed)
    Q_PROPERTY(QString memory READ memory NOTIFY changed)
    Q_PROPERTY(QString uptime READ uptime NOTIFY changed)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString sceneGraph READ sceneGraph NOTIFY changed)
    Q_PROPERTY(QString printer READ printer NOTIFY changed)
    Q_PROPERTY(QString readers READ readers NOTIFY changed)
    Q_PROPERTY(QString camera READ camera NOTIFY changed)

public:
    explicit StatusController(QObject *parent = nullptr);

    SyncBackend *sync() const { return m_sync; }
    void setSync(SyncBackend *sync);
    QString network() const { return m_network; }
    bool networkOk() const { return m_networkOk; }
    QString lastSync() const { return m_lastSync; }
    QString outbox() const { return m_outbox; }
    QString database() const { return m_database; }
    bool databaseOk() const { return m_databaseOk; }
    QString integrity() const { return m_integrity; }
    bool integrityOk() const { return m_integrityOk; }
    QString restore() const { return m_restore; }
    QString diskFree() const { return m_diskFree; }
    QString memory() const { return m_memory; }
    QString uptime() const { return m_uptime; }
    QString version() const;
    QString sceneGraph() const { return m_sceneGraph; }
    QString printer() const { return m_printer; }
    QString readers() const { return m_readers; }
    QString camera() const { return m_camera; }

    Q_INVOKABLE void refresh();

signals:
    void changed();

protected:
    void staffChanged() override;

private:
    SyncBackend *m_sync = nullptr;
    QString m_network, m_lastSync, m_outbox, m_database, m_integrity, m_restore, m_diskFree, m_memory,
        m_uptime;
    QString m_sceneGraph, m_printer, m_readers, m_camera;
    bool m_networkOk = false, m_databaseOk = false, m_integrityOk = false;
};
