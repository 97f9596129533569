#pragma once

#include "canteen/canteen_orders.h"
#include "canteen_screen.h"
#include "residents/address.h"

#include <optional>

// order/<orderId>: the meal just ordered, with its code, where and when to collect it (or
// that it is delivered), and what is left to pay.
class OrderController : public CanteenScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString orderId READ orderId WRITE setOrderId NOTIFY orderIdChanged REQUIRED)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString dishName READ dishName NOTIFY changed)
    Q_PROPERTY(int quantity READ quantity NOTIFY changed)
    Q_PROPERTY(QString meal READ meal NOTIFY changed)
    Q_PROPERTY(bool delivery READ delivery NOTIFY changed)
    Q_PROPERTY(QString collect READ collect NOTIFY changed)
    Q_PROPERTY(QString voucher READ voucher NOTIFY changed)
    Q_PROPERTY(QString toPay READ toPay NOTIFY changed)

public:
    explicit OrderController(QObject *parent = nullptr);

    QString orderId() const { return m_orderId; }
    void setOrderId(const QString &id);
    bool found() const { return m_order.has_value(); }
    bool cancelled() const { return m_order && m_order->status == linli::canteen::OrderStatus::Cancelled; }
    QString code() const { return m_order ? m_order->code : QString(); }
    QString dishName() const { return m_order ? text(m_order->dishName) : QString(); }
    int quantity() const { return m_order ? m_order->quantity : 0; }
    QString meal() const;
    bool delivery() const { return m_order && m_order->delivery; }
    // "10:30–11:30送到您登记的地址：小河佳苑北区18幢**单元**室" (masked) or "请在11:00–13:00到食堂窗口取餐".
    QString collect() const;
    QString voucher() const;
    QString toPay() const;

signals:
    void orderIdChanged();

protected:
    void read() override;

private:
    QString m_orderId;
    std::optional<linli::canteen::MealOrder> m_order;
    QString m_window; // pickup or delivery time range
    std::optional<linli::residents::Address> m_address; // where a delivered order goes
};
