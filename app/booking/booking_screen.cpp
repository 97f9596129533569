#include "booking_screen.h"

#include "core/logging.h"
#include "language_controller.h"
#include "resident_session.h"
#include "storage/storage_error.h"

BookingScreen::BookingScreen(QObject *parent)
    : QObject(parent)
{
}

void BookingScreen::setBooking(BookingBackend *booking)
{
    if (booking == m_booking)
        return;
    m_booking = booking;
    emit bookingChanged();
}

QString BookingScreen::problem() const
{
    if (m_booking && !m_booking->available())
        return tr("Booking is not available on this kiosk just now. Please ask the staff.");
    return m_readFailed ? tr("The kiosk cannot read the bookings just now. Please try again in a moment, "
                             "or ask the staff.")
                        : QString();
}

QString BookingScreen::text(const linli::LocalizedText &t) const
{
    return m_booking ? t.in(m_booking->language().language()) : QString();
}

void BookingScreen::componentComplete()
{
    m_complete = true;
    if (!m_booking)
        return;
    connect(m_booking, &BookingBackend::bookingsChanged, this, &BookingScreen::refresh);
    connect(&m_booking->language(), &LanguageController::changed, this, &BookingScreen::refresh);
    connect(&m_booking->session(), &ResidentSession::started, this, &BookingScreen::refresh);
    connect(&m_booking->session(), &ResidentSession::ended, this, [this] {
        forgetResident();
        refresh();
    });
    refresh();
}

void BookingScreen::refresh()
{
    m_readFailed = false;
    if (ready()) {
        try {
            read();
        } catch (const linli::storage::StorageError &e) {
            qCWarning(lcBooking) << metaObject()->className() << "cannot read:" << e.what();
            m_readFailed = true;
        }
    }
    emit changed();
}
