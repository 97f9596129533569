#pragma once

#include "information/guides.h"

#include <optional>
#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::information {

// 设施导览: a facility of the sub-district or a room of the hall, in one directory. A room
// takes the category of the facility it belongs to, so 舞蹈室 is listed under elderly care
// with the 阳光老人家 that runs it.
struct Place {
    QString id;
    bool isRoom = false;
    QString category;
    LocalizedText name, address, floors, hours, description;
    LocalizedList offers; // functions of a facility, equipment of a room
    bool lift = false, ramp = false, accessibleToilet = false;
    QString phone;
    bool inHall = false;
    // Rooms only: where on the plan, and who runs it.
    int floor = 0;
    double planX = 0, planY = 0, planW = 0, planH = 0;
    int capacity = 0;
    bool bookable = false;
    QString facilityId;
    LocalizedText facilityName;
};

// The categories a resident can filter by, in display order.
const QStringList &placeCategories();

// Places of one category (empty: all), the hall's own first, then sort order. Rooms carry
// their hall's address and access from their facility.
std::vector<Place> listPlaces(storage::Database &db, const QString &category = {});
std::optional<Place> findPlace(storage::Database &db, const QString &id);
// The rooms of the hall on one floor, for the floor plan.
std::vector<Place> roomsOnFloor(storage::Database &db, int floor);
std::vector<int> hallFloors(storage::Database &db);

} // namespace linli::information
