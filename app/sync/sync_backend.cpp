#include "sync_backend.h"

#include "config/kiosk_config.h"
#include "language_controller.h"
#include "sync/sync_state.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using linli::sync::SyncEngine;

SyncBackend::SyncBackend(const KioskContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    if (!context.db || !context.config || context.config->syncServerUrl.isEmpty())
        return;
    linli::sync::EngineSettings settings;
    settings.dataDir = context.dataDir;
    settings.serverUrl = context.config->syncServerUrl;
    settings.caFile = context.config->syncServerCa;
    settings.interval = std::chrono::seconds(context.config->syncIntervalSecs);
    settings.backoffCap = std::chrono::seconds(context.config->syncBackoffCapSecs);
    settings.softwareVersion = QCoreApplication::applicationVersion();
    m_engine = std::make_unique<SyncEngine>(
        *context.db, *context.clock, settings, [] { return QRandomGenerator::global()->generateDouble(); });
    connect(m_engine.get(), &SyncEngine::statusChanged, this, &SyncBackend::stateChanged);
    connect(m_engine.get(), &SyncEngine::exchangeFinished, this, &SyncBackend::stateChanged);
    connect(m_engine.get(), &SyncEngine::outboxAnswered, this, &SyncBackend::outboxAnswered);
    connect(m_engine.get(), &SyncEngine::catalogChanged, this, &SyncBackend::catalogChanged);
    connect(m_engine.get(), &SyncEngine::revoked, this, &SyncBackend::revokedNow);
    m_confirmation = std::make_unique<linli::sync::OnlineConfirmation>(*m_engine, *context.db);
    m_engine->start();
}

SyncBackend::~SyncBackend() = default;

bool SyncBackend::offline() const
{
    return m_engine && m_engine->offline();
}

bool SyncBackend::revoked() const
{
    return m_engine && m_engine->status() == SyncEngine::Status::Revoked;
}

int SyncBackend::outboxDepth() const
{
    return m_engine ? static_cast<int>(m_engine->outboxDepth()) : 0;
}

QString SyncBackend::stateText() const
{
    if (!m_engine)
        return tr("Not connected to a central server");
    const QString problem = m_engine->problem().in(m_context.language->language());
    switch (m_engine->status()) {
    case SyncEngine::Status::Disabled:
        return tr("Not connected to a central server");
    case SyncEngine::Status::NotEnrolled:
        return tr("Not enrolled with the central server");
    case SyncEngine::Status::Waiting:
        return tr("Waiting for the first sync");
    case SyncEngine::Status::Online:
        return tr("Synced with the central server");
    case SyncEngine::Status::Offline:
        return tr("Offline: %1").arg(problem);
    case SyncEngine::Status::Revoked:
        return problem;
    }
    return {};
}

linli::LocalizedText SyncBackend::revokedReason() const
{
    return m_context.db ? linli::sync::revokedReason(*m_context.db) : linli::LocalizedText{};
}

void SyncBackend::localChange()
{
    if (m_engine)
        m_engine->localChange();
}
