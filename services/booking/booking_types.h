#pragma once

#include "core/localized_text.h"

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

// What every call that changes something answers: done, or a reason a resident can read.
struct Outcome {
    bool ok = false;
    LocalizedText reason; // empty when ok
    static Outcome success() { return { true, {} }; }
    static Outcome refuse(LocalizedText why) { return { false, std::move(why) }; }
};

} // namespace linli::booking
