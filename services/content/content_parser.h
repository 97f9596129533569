#pragma once

#include "content/content_model.h"
#include "content/json_record.h"

#include <QSet>
#include <QString>

namespace linli::content {

// Reads and validates every content file of `dir` (hall.json is required, the others may be
// absent). Throws ContentError for the first problem found; touches no database.
DemoContent parseDemoContent(const QString &dir);

namespace detail {
Hall parseHall(const QString &dir);
std::vector<Facility> parseFacilities(const QString &dir);
std::vector<Room> parseRooms(const QString &dir, const Hall &hall, const QSet<QString> &facilityIds);
std::vector<Canteen> parseCanteens(const QString &dir, const QSet<QString> &roomIds);
std::vector<ServiceGuide> parseGuides(const QString &dir, const QSet<QString> &roomIds);
std::vector<Notice> parseNotices(const QString &dir);
std::vector<Event> parseEvents(const QString &dir, const QSet<QString> &roomIds);
// One record of hall.json, rooms.json, facilities.json, services.json, notices.json, events.json (also what a
// sync change carries). A room's plan is not checked against the other rooms here (parseRooms does).
Hall parseHallRecord(const Record &r);
Room parseRoom(const Record &r, const Hall &hall, const QSet<QString> &facilityIds);
Facility parseFacility(const Record &r);
ServiceGuide parseGuide(const Record &r, const QSet<QString> &roomIds);
Notice parseNotice(const Record &r);
Event parseEvent(const Record &r, const QSet<QString> &roomIds);
// The place part of one canteen.json record (its menu is the canteen capability's).
Canteen parseCanteen(const Record &r, const QSet<QString> &roomIds);
} // namespace detail

} // namespace linli::content
