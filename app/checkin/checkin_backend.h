#pragma once

#include "booking/room_booking.h"
#include "checkin/check_in_desk.h"
#include "kiosk_context.h"
#include "tickets/ticket_office.h"

#include <optional>
#include <QObject>
#include <QQmlEngine>

// What the check-in screen is built on (a kiosk in the check-in role, [checkin] place): the
// ticket office on this kiosk's database and key, the booking service, and the door's place.
class CheckinBackend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Given to the check-in screen by the window")
    Q_PROPERTY(bool available READ available NOTIFY placeChanged)
    Q_PROPERTY(QString placeName READ placeName NOTIFY placeChanged)

public:
    // placeId: a room or canteen of this hall; an unknown one leaves the backend unavailable.
    CheckinBackend(const KioskContext &context, const QString &placeId, QObject *parent = nullptr);

    bool available() const { return m_desk.has_value(); }
    QString placeName() const; // in the screen's language; empty when unavailable
    const LanguageController &language() const { return *m_context.language; }
    const QTimeZone &zone() const { return m_context.zone; }
    linli::checkin::CheckInOutcome scanned(const QString &text);
    linli::checkin::CheckInOutcome typed(const QString &code);
    // Staff opened check-in mode for a place (maintenance): this kiosk checks tickets in there.
    bool openAt(const QString &placeId);

signals:
    void placeChanged();

private:
    KioskContext m_context;
    std::optional<linli::tickets::TicketOffice> m_office;
    std::optional<linli::booking::RoomBooking> m_rooms;
    std::optional<linli::checkin::CheckInDesk> m_desk;
};
