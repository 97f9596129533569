#include "canteen/canteen_rules.h"

#include "content/json_record.h"

#include <QJsonArray>

namespace linli::canteen {

using content::Need;
using content::Record;

namespace {

QStringList strings(const Record &r, const QString &key, const char *path)
{
    QStringList out;
    for (const QJsonValue &v : r.array(key, Need::Optional)) {
        if (!v.isString() || v.toString().trimmed().isEmpty())
            r.fail(QStringLiteral("\"%1\" must be a list of non-empty strings").arg(QLatin1String(path)));
        out << v.toString().trimmed();
    }
    return out;
}

Record item(const Record &parent, const QString &path, const QJsonValue &v)
{
    if (!v.isObject())
        parent.fail(QStringLiteral("\"%1\" must be an object").arg(path));
    return Record(parent.file(), parent.id(), v.toObject(), path);
}

SubsidyRules parseSubsidy(const Record &r)
{
    SubsidyRules s;
    s.appliesToCategories
        = strings(r, QStringLiteral("applies_to_categories"), "subsidy.applies_to_categories");
    if (s.appliesToCategories.isEmpty())
        r.fail(QStringLiteral("\"subsidy.applies_to_categories\" must name at least one category"));
    for (const QString &c : s.appliesToCategories) {
        if (!QStringList{ "set", "meat", "vegetable", "soup", "staple" }.contains(c))
            r.fail(QStringLiteral("\"subsidy.applies_to_categories\" names unknown category \"%1\"").arg(c));
    }
    const auto tiers = r.array(QStringLiteral("age_tiers"));
    int nextMin = 0;
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        const Record t = item(r, QStringLiteral("subsidy.age_tiers[%1]").arg(i), tiers[i]);
        AgeTier tier;
        tier.minAge = int(t.integer(QStringLiteral("min_age"), Need::Required, 0, 0, 150));
        if (t.has(QStringLiteral("max_age")))
            tier.maxAge = int(t.integer(QStringLiteral("max_age"), Need::Required, 0, tier.minAge, 150));
        tier.payPercent = int(t.integer(QStringLiteral("pay_percent"), Need::Required, 100, 0, 100));
        if (tier.minAge < nextMin)
            t.fail(QStringLiteral("\"subsidy.age_tiers[%1].min_age\" overlaps the tier before; tiers go "
                                  "from young to old without overlapping")
                       .arg(i));
        if (!tier.maxAge && i + 1 != tiers.size())
            t.fail(QStringLiteral("\"subsidy.age_tiers[%1]\" has no \"max_age\"; only the last tier may be "
                                  "open-ended")
                       .arg(i));
        nextMin = tier.maxAge ? *tier.maxAge + 1 : 151;
        s.ageTiers.push_back(tier);
    }
    const auto tags = r.array(QStringLiteral("tag_prices"), Need::Optional);
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const Record t = item(r, QStringLiteral("subsidy.tag_prices[%1]").arg(i), tags[i]);
        s.tagPrices.push_back({ t.string(QStringLiteral("tag")),
            t.integer(QStringLiteral("pay_fen"), Need::Required, 0, 0, 1000000) });
    }
    s.subsidisedPerPeriodPerDay
        = int(r.integer(QStringLiteral("subsidised_per_period_per_day"), Need::Required, 1, 0, 10));
    const Record rounding = r.child(QStringLiteral("rounding"));
    s.rounding.unitFen = rounding.integer(QStringLiteral("unit_fen"), Need::Required, 1, 1, 100);
    if (s.rounding.unitFen != 1 && s.rounding.unitFen != 10 && s.rounding.unitFen != 100)
        rounding.fail(QStringLiteral("\"subsidy.rounding.unit_fen\" must be 1, 10 or 100"));
    const QString mode = rounding.oneOf(QStringLiteral("mode"), { "half_up", "down", "up" });
    s.rounding.mode = mode == u"down" ? RoundingMode::Down
        : mode == u"up"               ? RoundingMode::Up
                                      : RoundingMode::HalfUp;
    s.monthlyCeilingFen = r.integer(QStringLiteral("monthly_ceiling_fen"), Need::Required, 0, 0, 100000000);
    return s;
}

} // namespace

CanteenRules parseCanteenRules(const Record &canteen)
{
    CanteenRules rules;
    rules.subsidy = parseSubsidy(canteen.child(QStringLiteral("subsidy")));
    const Record d = canteen.child(QStringLiteral("delivery"), Need::Optional);
    rules.delivery.feeFen = d.integer(QStringLiteral("fee_fen"), Need::Optional, 0, 0, 100000);
    rules.delivery.freeForTags = strings(d, QStringLiteral("free_for_tags"), "delivery.free_for_tags");
    rules.delivery.eligibleTags = strings(d, QStringLiteral("eligible_tags"), "delivery.eligible_tags");
    if (d.has(QStringLiteral("eligible_min_age")))
        rules.delivery.eligibleMinAge
            = int(d.integer(QStringLiteral("eligible_min_age"), Need::Required, 0, 0, 150));
    const Record o = canteen.child(QStringLiteral("ordering"), Need::Optional);
    rules.maxPortionsPerOrder
        = int(o.integer(QStringLiteral("max_portions_per_order"), Need::Optional, 5, 1, 50));
    return rules;
}

QJsonObject rulesObject(const QJsonObject &canteen)
{
    QJsonObject out;
    for (const char *key : { "subsidy", "delivery", "ordering", "servings_per_meal" }) {
        const QString k = QString::fromLatin1(key);
        if (canteen.contains(k))
            out.insert(k, canteen.value(k));
    }
    return out;
}

} // namespace linli::canteen
