#include "booked_controller.h"

BookedController::BookedController(QObject *parent)
    : BookingScreen(parent)
{
}

void BookedController::setBookingId(const QString &id)
{
    if (id == m_bookingId)
        return;
    m_bookingId = id;
    emit bookingIdChanged();
    refresh();
}

QString BookedController::roomName() const
{
    return m_booking ? text(m_booking->roomName) : QString();
}

QString BookedController::when() const
{
    return m_booking ? backend().format().when(m_booking->startUtc, m_booking->endUtc) : QString();
}

void BookedController::read()
{
    m_booking = m_bookingId.isEmpty() ? std::nullopt : backend().rooms().find(m_bookingId);
}
