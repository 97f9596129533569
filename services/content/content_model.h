#pragma once

#include "core/localized_text.h"

#include <optional>
#include <QString>
#include <QStringList>
#include <QTime>
#include <vector>

// The demo content as read from deploy/demo/*.json, validated but not yet stored. Relative dates
// are kept as offsets here and resolved against "now" when written.
namespace linli::content {

struct TextList {
    QStringList zh;
    QStringList en;
};

struct PlanBox {
    double x = 0, y = 0, w = 10, h = 10; // percent of the floor's rectangle
};

struct Hall {
    QString id;
    LocalizedText name, subdistrict, address, hours;
    QString phone;
    QString timezone;
    std::vector<int> floors;
};

struct Facility {
    QString id, category;
    LocalizedText name, address, floors, hours, description;
    TextList functions;
    bool lift = false, ramp = false, accessibleToilet = false;
    QString phone;
    bool inHall = false;
    int sortOrder = 0;
};

struct Room {
    QString id;
    std::optional<QString> facilityId;
    QString kind;
    LocalizedText name, hours, description;
    int floor = 1;
    PlanBox plan;
    int capacity = 0;
    TextList equipment;
    bool bookable = false;
    int sortOrder = 0;
};

struct Canteen {
    QString id;
    std::optional<QString> roomId;
    LocalizedText name, hours, operatorName;
    int seats = 0;
};

struct ServiceGuide {
    QString id, category;
    LocalizedText title, summary, eligibility, location, hours, processing, feeNote, online;
    TextList materials, steps, keywords;
    std::optional<QString> roomId;
    qint64 feeFen = 0;
    int sortOrder = 0;
};

struct Notice {
    QString id;
    int priority = 1; // 2 urgent, 1 normal, 0 info
    LocalizedText title, body;
    int validFromOffsetDays = 0; // from local midnight of today + offset
    int validDays = 1; // until local midnight validDays later
};

struct Event {
    QString id, kind;
    LocalizedText title, description, place, host, audience;
    std::optional<QString> roomId;
    int dayOffset = 0; // local day: today + dayOffset
    QTime start; // local time
    int minutes = 60;
    int capacity = 0; // 0: open, no sign-up limit
};

struct DemoContent {
    Hall hall;
    std::vector<Facility> facilities;
    std::vector<Room> rooms;
    std::vector<Canteen> canteens;
    std::vector<ServiceGuide> guides;
    std::vector<Notice> notices;
    std::vector<Event> events;
};

} // namespace linli::content
