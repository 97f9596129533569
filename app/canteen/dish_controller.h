#pragma once

#include "canteen/menu.h"
#include "canteen/pricing.h"
#include "canteen_screen.h"
#include "residents/address.h"

#include <optional>

// dish/<offerId>: one dish of one meal, its tags and allergens, how many portions, delivery
// when the resident may have it, whether vouchers pay, and the breakdown the services quote
// (price, subsidy, delivery fee, voucher, to pay); then Confirm.
class DishController : public CanteenScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString offerId READ offerId WRITE setOfferId NOTIFY offerIdChanged REQUIRED)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QUrl picture READ picture NOTIFY changed)
    Q_PROPERTY(QString tags READ tags NOTIFY changed)
    Q_PROPERTY(QString allergens READ allergens NOTIFY changed)
    Q_PROPERTY(QString meal READ meal NOTIFY changed)
    Q_PROPERTY(QString fullPrice READ fullPrice NOTIFY changed)
    Q_PROPERTY(bool soldOut READ soldOut NOTIFY changed)
    Q_PROPERTY(int left READ left NOTIFY changed)
    Q_PROPERTY(bool orderOpen READ orderOpen NOTIFY changed)
    Q_PROPERTY(QString orderBy READ orderBy NOTIFY changed)
    Q_PROPERTY(int quantity READ quantity WRITE setQuantity NOTIFY changed)
    Q_PROPERTY(int maxQuantity READ maxQuantity NOTIFY changed)
    Q_PROPERTY(bool deliveryOffered READ deliveryOffered NOTIFY changed)
    Q_PROPERTY(bool deliveryEligible READ deliveryEligible NOTIFY changed)
    Q_PROPERTY(bool delivery READ delivery WRITE setDelivery NOTIFY changed)
    Q_PROPERTY(QString deliveryWindow READ deliveryWindow NOTIFY changed)
    Q_PROPERTY(QString deliveryAddress READ deliveryAddress NOTIFY changed)
    Q_PROPERTY(QString pickup READ pickup NOTIFY changed)
    Q_PROPERTY(bool useVouchers READ useVouchers WRITE setUseVouchers NOTIFY changed)
    Q_PROPERTY(QString voucherBalance READ voucherBalance NOTIFY changed)
    Q_PROPERTY(bool hasVouchers READ hasVouchers NOTIFY changed)
    Q_PROPERTY(bool quoted READ quoted NOTIFY changed)
    Q_PROPERTY(QString price READ price NOTIFY changed)
    Q_PROPERTY(QString subsidy READ subsidy NOTIFY changed)
    Q_PROPERTY(QString subsidyBasis READ subsidyBasis NOTIFY changed)
    Q_PROPERTY(QString deliveryFee READ deliveryFee NOTIFY changed)
    Q_PROPERTY(QString voucher READ voucher NOTIFY changed)
    Q_PROPERTY(QString toPay READ toPay NOTIFY changed)
    Q_PROPERTY(QString refusal READ refusal NOTIFY changed)
    Q_PROPERTY(QString orderRoute READ orderRoute NOTIFY changed)
    // A sale beyond the kiosk's escrow shares waits here (at most 2 s) for the central server.
    Q_PROPERTY(bool confirming READ confirming NOTIFY confirmingChanged)

public:
    explicit DishController(QObject *parent = nullptr);

    QString offerId() const { return m_offerId; }
    void setOfferId(const QString &id);
    bool found() const { return m_offer.has_value() && !m_offer->removed; }
    QString name() const { return m_offer ? text(m_offer->name) : QString(); }
    // Empty when the dish has no picture: the screen draws a placeholder.
    QUrl picture() const { return m_offer && canteen() ? backend().pictureUrl(m_offer->picture) : QUrl(); }
    QString tags() const { return m_offer ? tagLabels(m_offer->tags) : QString(); }
    QString allergens() const;
    // "明天 · 11月23日 周一，午餐"
    QString meal() const;
    QString fullPrice() const;
    bool soldOut() const { return m_offer && m_offer->soldOut(); }
    int left() const { return m_offer ? m_offer->left() : 0; }
    bool orderOpen() const;
    QString orderBy() const;
    int quantity() const { return m_quantity; }
    // Kept between 1 and what the rules and the servings left allow.
    void setQuantity(int quantity);
    int maxQuantity() const;
    bool deliveryOffered() const { return m_offer && m_offer->delivery; }
    bool deliveryEligible() const { return m_eligible; }
    bool delivery() const { return m_delivery; }
    void setDelivery(bool delivery);
    QString deliveryWindow() const;
    // Where it would be delivered, masked for the public screen (residents::maskedAddress).
    QString deliveryAddress() const;
    QString pickup() const;
    bool useVouchers() const { return m_useVouchers; }
    void setUseVouchers(bool use);
    QString voucherBalance() const;
    bool hasVouchers() const { return m_balanceFen > 0; }
    // The breakdown below is the services' quote for the resident (or the full price when
    // nobody is identified).
    bool quoted() const { return m_quoted; }
    QString price() const;
    QString subsidy() const;
    // Why there is a subsidy: "80–89岁 付7折" style, in words.
    QString subsidyBasis() const;
    QString deliveryFee() const;
    QString voucher() const;
    QString toPay() const;
    QString refusal() const { return text(m_refusal); }
    // "order/<id>" once ordered.
    QString orderRoute() const;

    // Orders it for the resident at the kiosk. True when done; otherwise `refusal` says why and
    // the dish is read again.
    Q_INVOKABLE bool confirm();
    bool confirming() const { return m_confirming; }

signals:
    void offerIdChanged();
    void confirmingChanged();
    void orderedLater(); // the central server accepted an order beyond the shares

protected:
    void read() override;
    void forgetResident() override;

private:
    linli::canteen::OrderRequest request() const;
    void requote();

    QString m_offerId;
    bool m_confirming = false;
    std::optional<linli::canteen::MenuOffer> m_offer;
    std::optional<linli::canteen::CanteenRules> m_rules;
    int m_quantity = 1;
    bool m_delivery = false;
    bool m_useVouchers = true;
    bool m_eligible = false; // by the rules, and with a registered address
    std::optional<linli::residents::Address> m_address;
    qint64 m_balanceFen = 0;
    bool m_quoted = false;
    linli::canteen::PriceBreakdown m_breakdown;
    linli::LocalizedText m_refusal;
    QString m_orderId;
};
