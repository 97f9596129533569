#include "kiosk.h"

#include "language_controller.h"

Kiosk::Kiosk(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts))
{
    connect(m_parts.language, &LanguageController::changed, this, &Kiosk::languageChanged);
}

QString Kiosk::hallName() const
{
    return m_parts.hall ? m_parts.hall->name.in(m_parts.language->language()) : QString();
}

QString Kiosk::hallSubdistrict() const
{
    return m_parts.hall ? m_parts.hall->subdistrict.in(m_parts.language->language()) : QString();
}

void Kiosk::reportScreenReady(const QString &route)
{
    emit screenReady(route);
}

void Kiosk::goOutOfService(const linli::LocalizedText &reason)
{
    if (reason.isEmpty() || m_parts.outOfServiceReason == reason)
        return;
    m_parts.outOfServiceReason = reason;
    emit outOfServiceChanged();
}
