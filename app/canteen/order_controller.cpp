#include "order_controller.h"

#include "canteen/menu.h"

using namespace linli::canteen;

OrderController::OrderController(QObject *parent)
    : CanteenScreen(parent)
{
}

void OrderController::setOrderId(const QString &id)
{
    if (id == m_orderId)
        return;
    m_orderId = id;
    emit orderIdChanged();
    refresh();
}

QString OrderController::meal() const
{
    if (!m_order || !canteen())
        return {};
    return tr("%1, %2", "day, meal")
        .arg(backend().format().dayHeading(m_order->mealDate, backend().today()),
            periodLabel(m_order->period));
}

QString OrderController::collect() const
{
    if (!m_order)
        return {};
    if (m_order->delivery && m_address)
        return tr("Delivered %1 to your registered address:\n%2", "delivery time, masked address")
            .arg(m_window, text(linli::residents::maskedAddress(*m_address)));
    return m_order->delivery ? tr("Delivered to your registered address, %1.").arg(m_window)
                             : tr("Collect it at the canteen counter, %1.").arg(m_window);
}

QString OrderController::voucher() const
{
    return m_order && canteen() ? backend().format().money(m_order->price.voucherFen) : QString();
}

QString OrderController::toPay() const
{
    return m_order && canteen() ? backend().format().money(m_order->price.toPayFen) : QString();
}

void OrderController::read()
{
    m_order = m_orderId.isEmpty() ? std::nullopt : backend().orders().find(m_orderId);
    m_window.clear();
    m_address.reset();
    if (m_order && m_order->delivery)
        m_address = linli::residents::loadAddress(backend().db(), m_order->residentId);
    if (m_order)
        if (const auto offer = findOffer(backend().db(), m_order->offerId)) {
            const HallFormat &f = backend().format();
            m_window = m_order->delivery ? f.timeRange(offer->deliveryFromUtc, offer->deliveryToUtc)
                                         : f.timeRange(offer->pickupFromUtc, offer->pickupToUtc);
        }
}
