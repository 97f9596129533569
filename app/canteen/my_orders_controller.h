#pragma once

#include "canteen_screen.h"
#include "gadget_list_model.h"

// One standing meal order under My orders.
struct MealOrderRow {
    Q_GADGET
    Q_PROPERTY(QString orderId MEMBER orderId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString meal MEMBER meal)
    Q_PROPERTY(QString detail MEMBER detail)
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(bool cancellable MEMBER cancellable)
    Q_PROPERTY(QString cancelBy MEMBER cancelBy)
public:
    QString orderId, title, meal;
    QString detail; // 2份 · 送餐上门 · 爱心券 ¥13.50 · 取餐时付 ¥0.00
    QString code;
    bool cancellable = false;
    QString cancelBy; // "可在10:00前取消" / "can no longer be cancelled"
};

// One row of the 爱心券 ledger.
struct VoucherRow {
    Q_GADGET
    Q_PROPERTY(QString when MEMBER when)
    Q_PROPERTY(QString what MEMBER what)
    Q_PROPERTY(QString amount MEMBER amount)
    Q_PROPERTY(bool credit MEMBER credit)
public:
    QString when, what, amount;
    bool credit = false;
};

// canteen/orders: the resident's meal orders from today on, each cancellable until its
// cut-off, and the voucher balance with its history.
class MyOrdersController : public CanteenScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(GadgetListModel *orders READ orders CONSTANT)
    Q_PROPERTY(GadgetListModel *history READ history CONSTANT)
    Q_PROPERTY(QString balance READ balance NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit MyOrdersController(QObject *parent = nullptr);
    GadgetListModel *orders() { return &m_orders; }
    GadgetListModel *history() { return &m_history; }
    QString balance() const;
    QString message() const;

    Q_INVOKABLE bool cancel(const QString &orderId);

protected:
    void read() override;
    void forgetResident() override;

private:
    GadgetListModel m_orders, m_history;
    qint64 m_balanceFen = 0;
    bool m_cancelled = false;
    linli::LocalizedText m_refusal;
};
