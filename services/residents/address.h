#pragma once

#include "core/localized_text.h"

#include <optional>
#include <QString>

namespace linli::content {
class Record;
}
namespace linli::storage {
class Database;
}

namespace linli::residents {

// A resident's registered address, where meals are delivered: a block of flats
// (小河佳苑北区18幢2单元302室) or a house on a lane (董祥巷28号). The city and district are the
// hall's own and are left out.
struct Address {
    LocalizedText area; // the compound or lane: 小河佳苑北区 / Xiaohe Jiayuan North
    QString building; // 幢, "" for a house on a lane
    QString unit; // 单元 (stairwell), may be ""
    QString door; // the flat (室) or, without a building, the house number (号)
    bool operator==(const Address &) const = default;
};

// The whole address, for staff (the delivery list): 小河佳苑北区18幢2单元302室 /
// "Flat 302, Unit 2, Building 18, Xiaohe Jiayuan North".
LocalizedText fullAddress(const Address &address);

// The address on the kiosk's public screen: the compound and the building stay, so a resident
// recognises her own home, while the unit and the flat (or the house number) become "**",
// always two stars whatever the length, so neither the door nor the floor can be read off the
// screen: 小河佳苑北区18幢**单元**室 / "Flat **, Unit **, Building 18, Xiaohe Jiayuan North";
// 董祥巷**号 / "No. **, Dongxiang Lane".
LocalizedText maskedAddress(const Address &address);

// residents.json "address" of one resident (optional): {"area": text, "building", "unit",
// "door"}; building, unit and door are 1-8 letters, digits or "-", and a unit needs a building.
// Throws content::ContentError naming the file, the resident and the field.
std::optional<Address> parseAddress(const content::Record &resident);

// Storage (migration 0005): one registered address per resident. Throw storage::StorageError.
std::optional<Address> loadAddress(storage::Database &db, const QString &residentId);
void storeAddress(storage::Database &db, const QString &residentId, const Address &address);

} // namespace linli::residents
