#pragma once

#include "booking_backend.h"

#include <QObject>
#include <QQmlEngine>
#include <QQmlParserStatus>

// How far ahead the booking screens show a room.
inline constexpr int kBookableDaysShown = 14;

// What every booking screen's controller shares: it is created by its page with the backend
// as a required property, reads once the page has set all its properties, and reads again
// when bookings change anywhere, the language switches or a resident comes or goes. A read
// that storage cannot answer leaves a reason for the resident in `problem`, never an exception.
class BookingScreen : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(BookingBackend *booking READ booking WRITE setBooking NOTIFY bookingChanged REQUIRED)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    explicit BookingScreen(QObject *parent = nullptr);

    BookingBackend *booking() const { return m_booking; }
    void setBooking(BookingBackend *booking);
    QString problem() const;

    void classBegin() override { }
    void componentComplete() override;

signals:
    void bookingChanged();
    void changed();

protected:
    // Reads what the screen shows; may throw storage::StorageError.
    virtual void read() = 0;
    // The resident left (Done, idle, a finished booking): forget what was theirs.
    virtual void forgetResident() { }
    void refresh();
    BookingBackend &backend() const { return *m_booking; }
    // Content or a reason in the language on screen.
    QString text(const linli::LocalizedText &t) const;
    bool ready() const { return m_complete && m_booking && m_booking->available(); }

private:
    BookingBackend *m_booking = nullptr;
    bool m_complete = false;
    bool m_readFailed = false;
};
