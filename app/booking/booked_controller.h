#pragma once

#include "booking/room_booking.h"
#include "booking_screen.h"

#include <optional>

// booked/<bookingId>: what was just booked, with its code. The session has already ended,
// so it shows no name.
class BookedController : public BookingScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString bookingId READ bookingId WRITE setBookingId NOTIFY bookingIdChanged REQUIRED)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString roomName READ roomName NOTIFY changed)
    Q_PROPERTY(QString when READ when NOTIFY changed)

public:
    explicit BookedController(QObject *parent = nullptr);

    QString bookingId() const { return m_bookingId; }
    void setBookingId(const QString &id);
    bool found() const { return m_booking.has_value(); }
    bool pending() const { return m_booking && m_booking->status == linli::booking::BookingStatus::Pending; }
    QString code() const { return m_booking ? m_booking->code : QString(); }
    QString roomName() const;
    QString when() const;

signals:
    void bookingIdChanged();

protected:
    void read() override;

private:
    QString m_bookingId;
    std::optional<linli::booking::BookingRecord> m_booking;
};
