#include "my_orders_controller.h"

#include "canteen/canteen_orders.h"
#include "canteen/vouchers.h"
#include "resident_session.h"

using namespace linli::canteen;

MyOrdersController::MyOrdersController(QObject *parent)
    : CanteenScreen(parent)
    , m_orders(MealOrderRow::staticMetaObject)
    , m_history(VoucherRow::staticMetaObject)
{
}

QString MyOrdersController::balance() const
{
    return canteen() ? backend().format().money(m_balanceFen) : QString();
}

QString MyOrdersController::message() const
{
    if (!m_refusal.isEmpty())
        return text(m_refusal);
    return m_cancelled ? tr("Cancelled. Any vouchers it used are back in your balance.") : QString();
}

namespace {
QString reasonWords(const VoucherEntry &e)
{
    switch (e.reason) {
    case VoucherReason::Grant:
        return MyOrdersController::tr("Vouchers received");
    case VoucherReason::Order:
        return MyOrdersController::tr("Paid for a meal");
    case VoucherReason::Refund:
        return MyOrdersController::tr("Refund for a cancelled meal");
    case VoucherReason::Adjustment:
        return MyOrdersController::tr("Adjusted by staff");
    }
    return {};
}
} // namespace

void MyOrdersController::read()
{
    std::vector<MealOrderRow> rows;
    std::vector<VoucherRow> entries;
    m_balanceFen = 0;
    if (!identified()) {
        m_orders.reset(rows);
        m_history.reset(entries);
        return;
    }
    const QString who = backend().session().residentId();
    const HallFormat &f = backend().format();
    const QDate today = backend().today();
    const qint64 now = backend().now();
    for (const MealOrder &o : backend().orders().upcoming(who)) {
        QStringList detail;
        detail << tr("%n portion(s)", nullptr, o.quantity);
        detail << (o.delivery ? tr("delivered") : tr("collect at the canteen"));
        if (o.price.voucherFen > 0)
            detail << tr("vouchers %1").arg(f.money(o.price.voucherFen));
        detail << tr("to pay %1").arg(f.money(o.price.toPayFen));
        const bool cancellable = now < o.orderByUtc;
        rows.push_back({ o.id, text(o.dishName),
            tr("%1, %2", "day, meal").arg(f.dayHeading(o.mealDate, today), periodLabel(o.period)),
            detail.join(tr(" · ", "between order details")), o.code, cancellable,
            cancellable
                ? tr("You can cancel until %1.")
                      .arg(f.localDate(o.orderByUtc) == today
                              ? f.time(o.orderByUtc)
                              : tr("%1 %2", "date time").arg(f.date(o.orderByUtc), f.time(o.orderByUtc)))
                : tr("It can no longer be cancelled: the kitchen is preparing it.") });
    }
    // An order the central server refused (sold out at another kiosk ...): the resident is told
    // why here, and the vouchers are back in the balance below.
    for (const MealOrder &o : backend().orders().refusedRecently(who)) {
        rows.push_back({ o.id, text(o.dishName),
            tr("%1, %2", "day, meal").arg(f.dayHeading(o.mealDate, today), periodLabel(o.period)),
            tr("%n portion(s)", nullptr, o.quantity), o.code, false,
            tr("Not accepted, cancelled: %1").arg(text(o.refusedByServer)) });
    }
    m_balanceFen = backend().vouchers().balance(who);
    for (const VoucherEntry &e : backend().vouchers().history(who)) {
        // The ledger's own note when it has one (a grant's purpose), else what kind of row it is.
        const QString what = e.note.isEmpty() ? reasonWords(e) : text(e.note);
        entries.push_back({ f.date(e.atUtc), what,
            e.amountFen > 0 ? QStringLiteral("+") + f.money(e.amountFen) : f.money(e.amountFen),
            e.amountFen > 0 });
    }
    m_orders.reset(rows);
    m_history.reset(entries);
}

void MyOrdersController::forgetResident()
{
    m_cancelled = false;
    m_refusal = {};
}

bool MyOrdersController::cancel(const QString &orderId)
{
    if (!ready() || !identified())
        return false;
    const linli::Outcome result = backend().orders().cancel(backend().session().residentId(), orderId);
    m_cancelled = result.ok;
    m_refusal = result.reason;
    backend().announceChange();
    backend().announceAnswer(result.ok);
    return result.ok;
}
