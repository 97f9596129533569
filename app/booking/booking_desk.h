#pragma once

#include "booking/availability.h"
#include "booking/event_signup.h"
#include "booking/room_booking.h"
#include "row_list_model.h"

#include <algorithm>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>

class LanguageController;
class ResidentSession;

// The booking screens' backend: rooms today, a room's days and slot grid, the chosen slot,
// the result, an activity's seats, and "My bookings". Every decision is a services call;
// this only keeps what the screens show, in the current language, and wipes the resident's
// part when the session ends.
class BookingDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(RowListModel *roomsToday READ roomsToday CONSTANT)
    Q_PROPERTY(RowListModel *days READ days CONSTANT)
    Q_PROPERTY(RowListModel *slotGrid READ slotGrid CONSTANT)
    Q_PROPERTY(RowListModel *myItems READ myItems CONSTANT)
    // room: found, name, capacity, approval, dayIndex, dayOpen, closedReason
    Q_PROPERTY(QVariantMap room READ room NOTIFY changed)
    // choice: valid, roomName, date, time (start–end of the whole booking), approval, name,
    // slots (chosen length in slots), maxSlots (the longest the service allows from this start),
    // roomMaxSlots, length and maxLength (readable: "1小时30分钟" / "1 hour 30 minutes"),
    // longerBlockedBy (week, limit, taken or closed: why maxSlots is not more)
    Q_PROPERTY(QVariantMap choice READ choice NOTIFY changed)
    // result: shown, ok, pending, code, roomName, date, time, message
    Q_PROPERTY(QVariantMap result READ result NOTIFY changed)
    // event: found, title, when, place, capacity, seatsLeft, waiting, myStatus, myWaitPosition, message
    Q_PROPERTY(QVariantMap event READ event NOTIFY changed)
    // my: message, promotions (text, may be empty)
    Q_PROPERTY(QVariantMap my READ my NOTIFY changed)

public:
    BookingDesk(linli::storage::Database *db, const linli::Clock &clock, const LanguageController &language,
        ResidentSession &session, QObject *parent = nullptr);

    RowListModel *roomsToday() { return &m_roomsToday; }
    RowListModel *days() { return &m_days; }
    RowListModel *slotGrid() { return &m_slotGrid; }
    RowListModel *myItems() { return &m_myItems; }
    QVariantMap room() const;
    QVariantMap choice() const;
    QVariantMap result() const;
    QVariantMap event() const;
    QVariantMap my() const;

    Q_INVOKABLE void refreshRoomsToday();
    Q_INVOKABLE void openRoom(const QString &roomId);
    Q_INVOKABLE void selectDay(int index);
    Q_INVOKABLE bool choose(double startUtc);
    // The route "confirm/<roomId>@<startUtc>": opens the room on that slot's day and chooses it.
    Q_INVOKABLE bool chooseAt(const QString &roomId, double startUtc);
    // The booking's length in slots, kept between one slot and what lengthLimit() allows.
    Q_INVOKABLE void setSlotCount(int count);
    Q_INVOKABLE bool confirm();
    Q_INVOKABLE void openEvent(const QString &eventId);
    Q_INVOKABLE bool signUp(bool waitlist);
    Q_INVOKABLE bool cancelSignUp();
    Q_INVOKABLE void refreshMy();
    Q_INVOKABLE bool cancelItem(const QString &kind, const QString &id);
    Q_INVOKABLE bool checkIn(const QString &bookingId);
    Q_INVOKABLE void clearResult();

signals:
    void changed();

private:
    void rebuild();
    void wipeResident();
    QString dayLabel(const QDate &day) const;
    QString dateText(qint64 utc) const;
    QString timeText(qint64 fromUtc, qint64 toUtc) const;
    QString lengthText(int minutes) const;
    // How many slots the chosen start may take: consecutive free slots of its day, up to the
    // room's maximum (the service's rule, on the availability read for the room screen), and
    // once the resident is known, no more than their hours left this week (one read).
    struct LengthLimit {
        int freeRun = 0;
        int weeklyLeft = 0;
        int most() const { return std::min(freeRun, weeklyLeft); }
    };
    LengthLimit lengthLimit() const;
    // count kept between one slot and the limit.
    int fitLength(int count) const;
    // Why the chosen start cannot take one more slot: "week" (the resident's weekly hours),
    // "limit" (the room's maximum), "taken" (the next slot is someone else's) or "closed".
    QString longerBlockedBy(const LengthLimit &limit) const;
    QString text(const linli::LocalizedText &t) const;

    linli::storage::Database *m_db;
    const linli::Clock &m_clock;
    const LanguageController &m_language;
    ResidentSession &m_session;
    linli::HallTime m_time;
    RowListModel m_roomsToday, m_days, m_slotGrid, m_myItems;
    std::optional<linli::booking::RoomDays> m_room;
    QString m_roomId;
    int m_dayIndex = 0;
    std::optional<linli::booking::Slot> m_choice;
    int m_slotCount = 1; // the chosen booking's length; not "slots": a Qt macro
    std::optional<linli::booking::BookingResult> m_result;
    QString m_eventId;
    std::optional<linli::booking::EventSeats> m_event;
    linli::LocalizedText m_eventMessage, m_myMessage, m_promotions;
    QTimer m_release; // no-shows are released on time even when nobody touches the kiosk
};
