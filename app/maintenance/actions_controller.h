#pragma once

#include "gadget_list_model.h"
#include "maintenance_backend.h"
#include "staff_screen.h"
#include "sync_backend.h"

#include <functional>
#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>

// A place a diagnostics bundle can go: a USB stick, or the kiosk's own export folder.
struct ExportPlace {
    Q_GADGET
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString path MEMBER path)
    Q_PROPERTY(bool removable MEMBER removable)
public:
    QString title, path;
    bool removable = false;
};

// The actions screen (operator, administrator): sync now, export a diagnostics bundle, restart
// the app. Each writes an audit row; a role that may not run actions changes nothing.
class ActionsController : public StaffScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(SyncBackend *sync READ sync WRITE setSync NOTIFY changed)
    Q_PROPERTY(bool allowed READ allowed NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(QString syncMessage READ syncMessage NOTIFY changed)
    Q_PROPERTY(bool syncOk READ syncOk NOTIFY changed)
    Q_PROPERTY(GadgetListModel *places READ places CONSTANT)
    Q_PROPERTY(bool exporting READ exporting NOTIFY changed)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY changed)
    Q_PROPERTY(bool exportOk READ exportOk NOTIFY changed)

public:
    // The restart is an ordinary exit: systemd (Restart=always) starts the kiosk again.
    static constexpr int kRestartExitCode = 0;
    explicit ActionsController(QObject *parent = nullptr);

    SyncBackend *sync() const { return m_sync; }
    void setSync(SyncBackend *sync);
    bool allowed() const;
    bool syncing() const { return m_syncing; }
    QString syncMessage() const { return m_syncMessage; }
    bool syncOk() const { return m_syncOk; }
    GadgetListModel *places() { return &m_places; }
    bool exporting() const { return m_exporting; }
    QString exportMessage() const { return m_exportMessage; }
    bool exportOk() const { return m_exportOk; }
    void setQuit(std::function<void(int)> quit) { m_quit = std::move(quit); } // tests

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void refreshPlaces();
    Q_INVOKABLE void exportTo(int row);
    Q_INVOKABLE void restart();

signals:
    void changed();

protected:
    void staffChanged() override;
    void attached() override;

private:
    bool audit(const QString &action, const QString &subject, const QJsonObject &after);
    void syncEnded(bool ok);
    SyncBackend *m_sync = nullptr;
    GadgetListModel m_places;
    std::function<void(int)> m_quit;
    QString m_syncMessage, m_exportMessage;
    bool m_syncing = false, m_syncOk = false, m_exporting = false, m_exportOk = false;
    int m_generation = 0;
};
