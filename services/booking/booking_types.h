#pragma once

#include "core/localized_text.h"
#include "core/outcome.h"

#include <QDate>
#include <QString>
#include <vector>

namespace linli::booking {

// A room's booking rules as configured (rooms.json "booking", later sync).
struct RoomRules {
    QString roomId;
    LocalizedText roomName;
    int capacity = 0;
    int slotMinutes = 60;
    int horizonDays = 14; // bookable local days: today ... today + horizonDays - 1
    int maxSlotsPerBooking = 1;
    bool approvalRequired = false;
    int maxUpcomingPerResident = 3; // pending + confirmed bookings still to come, this room
    int maxMinutesPerWeek = 240; // booked minutes per local Monday-Sunday week, this room
    int minNoticeMinutes = 0;
    int minCancelNoticeMinutes = 0;
};

struct OpeningHours {
    int weekday = 1; // 1 Monday ... 7 Sunday
    int openMinute = 0, closeMinute = 0; // minutes after local midnight
};

struct Closure {
    bool outOfService = false; // else a holiday closure
    QDate firstDay, lastDay; // inclusive, local
    LocalizedText reason;
};

enum class SlotState { Free, Taken, Past, TooSoon };

struct Slot {
    qint64 startUtc = 0, endUtc = 0;
    SlotState state = SlotState::Free;
};

// One local day of one room: its slots, or why it is closed.
struct DayPlan {
    QDate day;
    bool open = false;
    LocalizedText closedReason; // when !open
    std::vector<Slot> times; // not "slots": a Qt macro
};

enum class BookingStatus { Pending, Confirmed, CheckedIn, Cancelled, Rejected, Released };

// A resident's place in an activity: None (not signed up, or cancelled), a seat, or a place
// on the waiting list.
enum class SignUpStatus { None, Confirmed, Waitlisted };

struct BookingRecord {
    QString id, code, residentId, roomId;
    LocalizedText roomName;
    qint64 startUtc = 0, endUtc = 0;
    BookingStatus status = BookingStatus::Pending;
    LocalizedText reason; // why it was rejected, when it was
    // Set when the sale went beyond this kiosk's escrow shares: the central server's answer to
    // this outbox event confirms it or not (sync::OnlineConfirmation). Empty: it stands.
    QString awaitsServerEvent;
};

using BookingResult = Result<BookingRecord>;

// One activity's seats, as a resident sees them.
struct EventSeats {
    QString eventId;
    LocalizedText title, place;
    qint64 startUtc = 0, endUtc = 0;
    int capacity = 0, taken = 0, waiting = 0;
    SignUpStatus myStatus = SignUpStatus::None; // for the asking resident
    int myWaitPosition = 0; // 1 = next in line
};

// A seat the central server refused after the kiosk had given it (another kiosk sold the
// last one, the activity is gone): shown under My bookings for a week with why.
struct RefusedSeat {
    QString eventId;
    LocalizedText title, reason;
    qint64 startUtc = 0, endUtc = 0;
};

// What a sign-up gave: a seat, or a place on the waiting list (1 = next in line).
struct SignUp {
    SignUpStatus status = SignUpStatus::None;
    int waitPosition = 0;
    // Set when the sale went beyond this kiosk's escrow shares: the central server's answer to
    // this outbox event confirms it or not (sync::OnlineConfirmation). Empty: it stands.
    QString awaitsServerEvent;
};

using SignUpResult = Result<SignUp>;

} // namespace linli::booking
