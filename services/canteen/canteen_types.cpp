#include "canteen/canteen_types.h"

namespace linli::canteen {

QString periodName(MealPeriod period)
{
    switch (period) {
    case MealPeriod::Breakfast:
        return QStringLiteral("breakfast");
    case MealPeriod::Lunch:
        return QStringLiteral("lunch");
    case MealPeriod::Dinner:
        return QStringLiteral("dinner");
    }
    return {};
}

std::optional<MealPeriod> periodFrom(const QString &name)
{
    for (MealPeriod p : { MealPeriod::Breakfast, MealPeriod::Lunch, MealPeriod::Dinner }) {
        if (periodName(p) == name)
            return p;
    }
    return std::nullopt;
}

} // namespace linli::canteen
