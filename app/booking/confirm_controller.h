#pragma once

#include "booking/availability.h"
#include "booking/booking_rules.h"
#include "booking_screen.h"

#include <optional>

// confirm/<roomId>@<startUtc>[?slots=N]: one chosen time, its length (− / + over the free
// times after it, as the services allow), and Confirm. The route is parsed here, once.
class ConfirmController : public BookingScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString route READ route WRITE setRoute NOTIFY routeChanged REQUIRED)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString roomName READ roomName NOTIFY changed)
    Q_PROPERTY(QString date READ date NOTIFY changed)
    Q_PROPERTY(QString time READ time NOTIFY changed)
    Q_PROPERTY(bool approval READ approval NOTIFY changed)
    Q_PROPERTY(int slotCount READ slotCount WRITE setSlotCount NOTIFY changed)
    Q_PROPERTY(int maxSlots READ maxSlots NOTIFY changed)
    Q_PROPERTY(int roomMaxSlots READ roomMaxSlots NOTIFY changed)
    Q_PROPERTY(QString length READ length NOTIFY changed)
    Q_PROPERTY(QString maxLength READ maxLength NOTIFY changed)
    Q_PROPERTY(LengthLimit lengthLimit READ lengthLimit NOTIFY changed)
    Q_PROPERTY(int checkInWindowMinutes READ checkInWindowMinutes CONSTANT)
    Q_PROPERTY(QString resumeRoute READ resumeRoute NOTIFY changed)
    Q_PROPERTY(QString refusal READ refusal NOTIFY changed)
    Q_PROPERTY(QString bookedRoute READ bookedRoute NOTIFY changed)
    // A sale beyond the kiosk's escrow shares waits here (at most 2 s) for the central server.
    Q_PROPERTY(bool confirming READ confirming NOTIFY confirmingChanged)

public:
    // Why the booking cannot be one slot longer.
    enum LengthLimit { RoomMaximum, NextSlotTaken, Closing, WeeklyHours };
    Q_ENUM(LengthLimit)

    explicit ConfirmController(QObject *parent = nullptr);

    QString route() const { return m_route; }
    void setRoute(const QString &route);
    bool valid() const;
    QString roomName() const;
    QString date() const;
    QString time() const;
    bool approval() const { return m_room && m_room->room.rules.approvalRequired; }
    int slotCount() const { return m_slotCount; }
    // Kept between one slot and the longest the services allow from this start.
    void setSlotCount(int count);
    int maxSlots() const { return m_longest.slotCount; }
    int roomMaxSlots() const { return m_room ? m_room->room.rules.maxSlotsPerBooking : 1; }
    QString length() const;
    // The room's own maximum as a duration ("2小时").
    QString maxLength() const;
    LengthLimit lengthLimit() const;
    int checkInWindowMinutes() const { return linli::booking::kCheckInWindowMinutes; }
    // This screen's route with the chosen length, to come back to after identifying.
    QString resumeRoute() const;
    QString refusal() const { return text(m_refusal); }
    // "booked/<id>" once confirmed.
    QString bookedRoute() const;
    bool confirming() const { return m_confirming; }

    // Books it for the resident at the kiosk. True when done (the session then ends: the
    // next screen shows no name); otherwise `refusal` says why and the choice is re-read. While
    // the central server is asked (`confirming`), false; `bookedLater` follows if it accepts.
    Q_INVOKABLE bool confirm();

signals:
    void routeChanged();
    void confirmingChanged();
    void bookedLater();

protected:
    void read() override;
    void forgetResident() override;

private:
    const linli::booking::Slot *chosenSlot() const;
    int slotMinutes() const { return m_room ? m_room->room.rules.slotMinutes : 60; }

    QString m_route, m_roomId;
    qint64 m_startUtc = 0;
    int m_slotCount = 1;
    std::optional<linli::booking::RoomDays> m_room;
    linli::booking::LongestBooking m_longest;
    linli::LocalizedText m_refusal;
    QString m_bookedId;
    bool m_confirming = false;
};
