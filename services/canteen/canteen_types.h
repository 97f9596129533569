#pragma once

#include "core/localized_text.h"

#include <optional>
#include <QDate>
#include <QStringList>
#include <vector>

namespace linli::canteen {

enum class MealPeriod { Breakfast, Lunch, Dinner };

// The names stored in the database, the content and outbox payloads.
QString periodName(MealPeriod period);
std::optional<MealPeriod> periodFrom(const QString &name);

// Subsidy rules, as the content states them (canteen.json "subsidy"); see deploy/demo/README.md.
struct AgeTier {
    int minAge = 0;
    std::optional<int> maxAge; // inclusive; none = and older
    int payPercent = 100; // of the dish's price
};

struct TagPrice {
    QString tag; // a resident tag: 低保, 特困, 失能 ...
    qint64 payFen = 0; // the fixed price a subsidised portion costs (0 = free)
};

enum class RoundingMode { HalfUp, Down, Up };

// How an age tier's share of the price is rounded to what the resident pays.
struct Rounding {
    qint64 unitFen = 1; // 1, 10 (to the jiao) or 100 (to the yuan)
    RoundingMode mode = RoundingMode::HalfUp;
};

struct SubsidyRules {
    QStringList appliesToCategories; // dish categories that are subsidised ("set")
    std::vector<AgeTier> ageTiers;
    std::vector<TagPrice> tagPrices;
    int subsidisedPerPeriodPerDay = 1; // portions per resident, date and meal period
    Rounding rounding;
    qint64 monthlyCeilingFen = 0; // subsidy per resident per calendar month of the meal date
};

struct DeliveryRules {
    qint64 feeFen = 0; // per order
    QStringList freeForTags; // residents with one of these tags pay no fee
    QStringList eligibleTags; // residents with one of these tags may have meals delivered
    std::optional<int> eligibleMinAge; // ... and so may anyone this old on the meal date
};

struct CanteenRules {
    SubsidyRules subsidy;
    DeliveryRules delivery;
    int maxPortionsPerOrder = 5;
};

// What pricing needs to know about the resident.
struct Diner {
    QDate birthDate; // invalid when unknown: no age subsidy
    QStringList tags;
};

} // namespace linli::canteen
