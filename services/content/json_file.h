#pragma once

#include "content/json_record.h"

#include <optional>
#include <QJsonValue>
#include <QString>
#include <vector>

namespace linli::content {

// Reads `dir/fileName` as JSON. Absent file: nullopt. Invalid JSON: ContentError naming the line,
// column and byte offset.
std::optional<QJsonValue> readJsonFile(const QString &dir, const QString &fileName);

// The records of a file holding a JSON array of objects (or one object when `allowSingle`), each
// with a unique "id". An absent file gives no records.
std::vector<Record> readRecords(const QString &dir, const QString &fileName, bool allowSingle = false);

} // namespace linli::content
