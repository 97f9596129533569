#pragma once

#include "kiosk_context.h"
#include "sync/online_confirmation.h"
#include "sync/sync_engine.h"

#include <memory>
#include <QObject>
#include <QQmlEngine>

// The sync as staff see it: a discreet icon (online, offline, not enrolled) and, for a
// maintenance screen, the last success and the problem in words. Residents see nothing of it;
// the kiosk works the same offline. Owns the SyncEngine when [sync] server_url is set.
class SyncBackend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Given by the window")
    Q_PROPERTY(bool enabled READ enabled CONSTANT)
    Q_PROPERTY(bool offline READ offline NOTIFY stateChanged)
    Q_PROPERTY(bool revoked READ revoked NOTIFY stateChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    Q_PROPERTY(int outboxDepth READ outboxDepth NOTIFY stateChanged)

public:
    SyncBackend(const KioskContext &context, QObject *parent = nullptr);
    ~SyncBackend() override;

    bool enabled() const { return m_engine != nullptr; }
    bool offline() const;
    bool revoked() const;
    QString stateText() const; // for staff, in the kiosk's language
    int outboxDepth() const;
    linli::sync::SyncEngine *engine() const { return m_engine.get(); }
    // For sales beyond the escrow shares; null when no server is configured.
    linli::sync::OnlineConfirmation *confirmation() const { return m_confirmation.get(); }
    // Why a revoked kiosk is out of service (empty when it is not revoked).
    linli::LocalizedText revokedReason() const;

public slots:
    void localChange(); // something went into the outbox

signals:
    void stateChanged();
    void outboxAnswered(); // bookings or orders may have been refused by the server
    void catalogChanged();
    void revokedNow();

private:
    KioskContext m_context;
    std::unique_ptr<linli::sync::SyncEngine> m_engine;
    std::unique_ptr<linli::sync::OnlineConfirmation> m_confirmation;
};
