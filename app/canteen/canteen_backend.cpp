#include "canteen_backend.h"

#include "core/clock.h"

using namespace linli::canteen;

CanteenBackend::CanteenBackend(const KioskContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_time(context.zone)
    , m_format(context.zone, *context.language)
{
}

CanteenOrders CanteenBackend::orders() const
{
    return CanteenOrders(*m_context.db, *m_context.clock, m_time);
}

Vouchers CanteenBackend::vouchers() const
{
    return Vouchers(*m_context.db, *m_context.clock);
}

qint64 CanteenBackend::now() const
{
    return m_context.clock->nowSecs();
}
