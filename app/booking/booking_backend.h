#pragma once

#include "booking/event_signup.h"
#include "booking/room_booking.h"
#include "core/hall_time.h"
#include "hall_format.h"
#include "kiosk_context.h"

#include <QObject>
#include <QQmlEngine>

namespace linli::sync {
class OnlineConfirmation;
}

// What the booking screens' controllers are built on, handed by the window to every booking
// screen: the services on the kiosk's database, the hall's time and wording, and the resident.
// It also keeps the resident's news (a waiting-list place that became theirs) for the session
// bar, and releases no-shows on the scheduler so their slots free on time with nobody at the screen.
class BookingBackend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Given to the booking screens by the window")
    Q_PROPERTY(QString news READ news NOTIFY newsChanged)

public:
    BookingBackend(const KioskContext &context, QObject *parent = nullptr);

    bool available() const { return m_context.db != nullptr; }
    linli::booking::RoomBooking rooms() const;
    linli::booking::EventSignUp events() const;
    linli::storage::Database &db() const { return *m_context.db; }
    // The central server's answer for a sale beyond the escrow shares (null: no server).
    linli::sync::OnlineConfirmation *confirmation() const { return m_confirmation; }
    void setConfirmation(linli::sync::OnlineConfirmation *confirmation) { m_confirmation = confirmation; }
    qint64 now() const;
    const linli::HallTime &time() const { return m_time; }
    const HallFormat &format() const { return m_format; }
    ResidentSession &session() const { return *m_context.session; }
    const LanguageController &language() const { return *m_context.language; }
    QString news() const;

    // Every screen re-reads after a change made on another one (or by the scheduler).
    void announceChange() { emit bookingsChanged(); }
    // A resident's booking, sign-up, cancellation or check-in got its answer (the kiosk plays
    // its success or error sound: capabilities.cpp).
    void announceAnswer(bool ok) { emit residentAnswered(ok); }

signals:
    void bookingsChanged();
    void residentAnswered(bool ok);
    void newsChanged();

private:
    void takeNews();

    KioskContext m_context;
    linli::sync::OnlineConfirmation *m_confirmation = nullptr;
    linli::HallTime m_time;
    HallFormat m_format;
    std::vector<linli::LocalizedText> m_promotedTo; // activity titles
};
