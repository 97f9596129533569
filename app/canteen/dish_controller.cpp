#include "dish_controller.h"

#include "resident_session.h"
#include "server_answer.h"

using namespace linli::canteen;

DishController::DishController(QObject *parent)
    : CanteenScreen(parent)
{
}

void DishController::setOfferId(const QString &id)
{
    if (id == m_offerId)
        return;
    m_offerId = id;
    emit offerIdChanged();
    refresh();
}

QString DishController::allergens() const
{
    if (!m_offer)
        return {};
    QStringList words;
    for (const QString &a : m_offer->allergens) {
        if (a == u"soy")
            words << tr("soy");
        else if (a == u"egg")
            words << tr("egg");
        else if (a == u"fish")
            words << tr("fish");
        else if (a == u"peanut")
            words << tr("peanut");
        else if (a == u"milk")
            words << tr("milk");
        else if (a == u"wheat")
            words << tr("wheat");
        else if (a == u"shellfish")
            words << tr("shellfish");
        else
            words << a;
    }
    return words.join(tr(", ", "between allergens"));
}

QString DishController::meal() const
{
    if (!m_offer || !canteen())
        return {};
    return tr("%1, %2", "day, meal")
        .arg(backend().format().dayHeading(m_offer->mealDate, backend().today()),
            periodLabel(m_offer->period));
}

QString DishController::fullPrice() const
{
    return m_offer && canteen() ? backend().format().money(m_offer->priceFen) : QString();
}

bool DishController::orderOpen() const
{
    return m_offer && canteen() && m_offer->orderByUtc > backend().now();
}

QString DishController::orderBy() const
{
    if (!m_offer || !canteen())
        return {};
    const HallFormat &f = backend().format();
    const qint64 by = m_offer->orderByUtc;
    const QString when = f.localDate(by) == m_offer->mealDate
        ? f.time(by)
        : tr("%1 %2", "date time").arg(f.date(by), f.time(by));
    return orderOpen() ? tr("Order by %1.").arg(when) : tr("Ordering closed at %1.").arg(when);
}

int DishController::maxQuantity() const
{
    const int rule = m_rules ? m_rules->maxPortionsPerOrder : 1;
    return std::max(1, std::min(rule, left()));
}

void DishController::setQuantity(int quantity)
{
    quantity = std::clamp(quantity, 1, maxQuantity());
    if (quantity == m_quantity)
        return;
    m_quantity = quantity;
    m_refusal = {}; // a new choice: the last refusal no longer applies
    requote();
    emit changed();
}

void DishController::setDelivery(bool delivery)
{
    delivery = delivery && deliveryOffered() && m_eligible;
    if (delivery == m_delivery)
        return;
    m_delivery = delivery;
    m_refusal = {}; // a new choice: the last refusal no longer applies
    requote();
    emit changed();
}

void DishController::setUseVouchers(bool use)
{
    if (use == m_useVouchers)
        return;
    m_useVouchers = use;
    m_refusal = {}; // a new choice: the last refusal no longer applies
    requote();
    emit changed();
}

QString DishController::deliveryWindow() const
{
    if (!m_offer || !m_offer->delivery || !canteen())
        return {};
    return backend().format().timeRange(m_offer->deliveryFromUtc, m_offer->deliveryToUtc);
}

QString DishController::deliveryAddress() const
{
    return m_address ? text(linli::residents::maskedAddress(*m_address)) : QString();
}

QString DishController::pickup() const
{
    if (!m_offer || !canteen())
        return {};
    return backend().format().timeRange(m_offer->pickupFromUtc, m_offer->pickupToUtc);
}

QString DishController::voucherBalance() const
{
    return canteen() ? backend().format().money(m_balanceFen) : QString();
}

QString DishController::price() const
{
    return canteen() ? backend().format().money(m_breakdown.priceFen) : QString();
}
QString DishController::subsidy() const
{
    return canteen() ? backend().format().money(-m_breakdown.subsidyFen) : QString();
}
QString DishController::deliveryFee() const
{
    return canteen() ? backend().format().fee(m_breakdown.deliveryFeeFen) : QString();
}
QString DishController::voucher() const
{
    return canteen() ? backend().format().money(-m_breakdown.voucherFen) : QString();
}
QString DishController::toPay() const
{
    return canteen() ? backend().format().money(m_breakdown.toPayFen) : QString();
}

QString DishController::subsidyBasis() const
{
    const SubsidyBasis &b = m_breakdown.basis;
    switch (b.kind) {
    case SubsidyBasis::Kind::AgeTier:
        return tr("Elderly meal subsidy: aged %1, you pay %2% of the price").arg(b.age).arg(b.payPercent);
    case SubsidyBasis::Kind::Tag:
        return tr("Meal subsidy for residents registered as %1").arg(b.tag);
    case SubsidyBasis::Kind::None:
        break;
    }
    return {};
}

QString DishController::orderRoute() const
{
    return m_orderId.isEmpty() ? QString() : QStringLiteral("order/") + m_orderId;
}

OrderRequest DishController::request() const
{
    OrderRequest r;
    r.residentId = canteen() ? backend().session().residentId() : QString();
    r.offerId = m_offerId;
    r.quantity = m_quantity;
    r.delivery = m_delivery;
    r.vouchers = m_useVouchers ? VoucherUse::UpToBalance : VoucherUse::None;
    r.seenUnitPriceFen = m_offer ? m_offer->priceFen : 0;
    return r;
}

// The breakdown: the services' quote for the resident; the full price for nobody.
void DishController::requote()
{
    m_quoted = false;
    m_breakdown = {};
    if (!m_offer || !canteen())
        return;
    if (!identified() || !orderOpen() || m_offer->soldOut()) {
        if (m_rules)
            m_breakdown = priceOrder(*m_rules, nullptr,
                PriceRequest{ m_offer->priceFen, m_quantity, m_offer->category, m_offer->mealDate, false });
        else
            m_breakdown.priceFen = m_breakdown.toPayFen = m_offer->priceFen * m_quantity;
        return;
    }
    const auto q = backend().orders().quote(request());
    if (q.ok) {
        m_breakdown = q.value;
        m_quoted = true;
    } else {
        m_refusal = q.reason;
        m_breakdown.priceFen = m_breakdown.toPayFen = m_offer->priceFen * m_quantity;
    }
}

void DishController::read()
{
    m_offer = m_offerId.isEmpty() ? std::nullopt : findOffer(backend().db(), m_offerId);
    m_rules = m_offer ? loadCanteenRules(backend().db(), m_offer->canteenId) : std::nullopt;
    m_eligible = false;
    m_address.reset();
    m_balanceFen = 0;
    if (m_offer && identified()) {
        const QString who = backend().session().residentId();
        m_address = linli::residents::loadAddress(backend().db(), who);
        if (const auto diner = loadDiner(backend().db(), who); diner && m_rules && m_address)
            m_eligible = linli::canteen::deliveryEligible(m_rules->delivery, *diner, m_offer->mealDate);
        m_balanceFen = backend().vouchers().balance(who);
    }
    m_quantity = std::clamp(m_quantity, 1, maxQuantity());
    m_delivery = m_delivery && deliveryOffered() && m_eligible;
    requote();
}

void DishController::forgetResident()
{
    m_address.reset();
    m_delivery = false;
    m_useVouchers = true;
    m_quantity = 1;
    m_refusal = {};
    m_orderId.clear();
}

bool DishController::confirm()
{
    if (!ready() || !identified() || m_confirming)
        return false;
    const auto result = backend().orders().order(request());
    m_refusal = result.reason;
    if (result.ok && !result.value.awaitsServerEvent.isEmpty()) {
        m_confirming = true;
        emit confirmingChanged();
        const QString id = result.value.id;
        awaitServerAnswer(
            backend().confirmation(), result.value.awaitsServerEvent, this,
            [orders = backend().orders(), who = result.value.residentId, id]() mutable {
                return orders.cancel(who, id);
            },
            [this, id](bool accepted, const linli::LocalizedText &why) {
                m_confirming = false;
                emit confirmingChanged();
                m_refusal = accepted ? linli::LocalizedText{} : why;
                if (accepted)
                    m_orderId = id;
                backend().announceChange();
                backend().announceAnswer(accepted);
                emit changed();
                if (accepted)
                    emit orderedLater();
            });
        return false;
    }
    if (result.ok)
        m_orderId = result.value.id;
    backend().announceChange(); // re-reads this screen too: servings, balance
    backend().announceAnswer(result.ok);
    if (!result.ok)
        emit changed();
    return result.ok;
}
