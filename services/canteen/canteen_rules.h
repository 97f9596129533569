#pragma once

#include "canteen/canteen_types.h"

#include <QJsonObject>

namespace linli::content {
class Record;
}

namespace linli::canteen {

// Reads "subsidy", "delivery" and "ordering" of one canteen.json record. Throws
// content::ContentError naming the file, the canteen and the field for anything malformed:
// a tier out of order or overlapping, a percentage outside 0-100, an unknown rounding mode.
CanteenRules parseCanteenRules(const content::Record &canteen);

// The part of a canteen.json record that parseCanteenRules reads, as stored in canteen_rules.
QJsonObject rulesObject(const QJsonObject &canteen);

} // namespace linli::canteen
