#pragma once

#include "canteen/canteen_orders.h"
#include "canteen/vouchers.h"
#include "core/hall_time.h"
#include "hall_format.h"
#include "kiosk_context.h"

#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QUrl>

namespace linli::sync {
class OnlineConfirmation;
}

// What the canteen screens' controllers are built on, handed by the window to every canteen
// screen: the services on the kiosk's database, the hall's time and wording, and the resident.
class CanteenBackend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Given to the canteen screens by the window")

public:
    CanteenBackend(const KioskContext &context, QObject *parent = nullptr);

    bool available() const { return m_context.db != nullptr; }
    linli::canteen::CanteenOrders orders() const;
    linli::canteen::Vouchers vouchers() const;
    linli::storage::Database &db() const { return *m_context.db; }
    // The central server's answer for a sale beyond the escrow shares (null: no server).
    linli::sync::OnlineConfirmation *confirmation() const { return m_confirmation; }
    void setConfirmation(linli::sync::OnlineConfirmation *confirmation) { m_confirmation = confirmation; }
    qint64 now() const;
    QDate today() const { return m_time.localDate(now()); }
    const linli::HallTime &time() const { return m_time; }
    const HallFormat &format() const { return m_format; }
    ResidentSession &session() const { return *m_context.session; }
    const LanguageController &language() const { return *m_context.language; }
    // A dish's picture (a file name in the content folder) as a file URL; empty when it has
    // none or the file is gone (logged once), so the screen draws its placeholder.
    QUrl pictureUrl(const QString &picture) const;

    // Every screen re-reads after an order or a cancellation made on another one.
    void announceChange() { emit ordersChanged(); }
    // A resident's order or cancellation got its answer (the kiosk plays its success or error
    // sound: capabilities.cpp).
    void announceAnswer(bool ok) { emit residentAnswered(ok); }

signals:
    void ordersChanged();
    void residentAnswered(bool ok);

private:
    KioskContext m_context;
    linli::sync::OnlineConfirmation *m_confirmation = nullptr;
    linli::HallTime m_time;
    HallFormat m_format;
    mutable QSet<QString> m_missingPictures; // reported once each
};
