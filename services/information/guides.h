#pragma once

#include "core/localized_text.h"

#include <optional>
#include <QStringList>
#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::information {

struct LocalizedList {
    QStringList zh;
    QStringList en;
    const QStringList &in(Language language) const { return language == Language::English ? en : zh; }
};

// 办事指南: one service of the hall, everything a resident needs before coming to the counter.
struct Guide {
    QString id;
    QString category;
    LocalizedText title, summary, eligibility;
    LocalizedList materials, steps;
    QString roomId;
    int floor = 0; // 0: unknown (no room on the plan)
    LocalizedText location, hours, processing;
    qint64 feeFen = 0;
    LocalizedText feeNote, online;
};

// All guides in display order (sort_order, then id).
std::vector<Guide> listGuides(storage::Database &db);
std::optional<Guide> findGuide(storage::Database &db, const QString &id);

// A JSON array of strings as stored in list columns; anything else reads as empty.
QStringList parseTextList(const QString &json);

} // namespace linli::information
