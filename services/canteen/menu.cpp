#include "canteen/menu.h"

#include "canteen/canteen_log.h"
#include "canteen/canteen_rules.h"
#include "content/content_error.h"
#include "content/json_record.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace linli::canteen {

namespace {

constexpr const char *kOfferColumns
    = "SELECT o.id, o.canteen_id, o.dish_id, d.name_zh, d.name_en, d.category, d.tags, d.allergens, "
      "d.picture, "
      "o.meal_date, o.period, o.price_fen, o.quota, o.taken, o.order_by_utc, o.pickup_from_utc, "
      "o.pickup_to_utc, "
      "o.delivery, coalesce(o.delivery_from_utc, 0), coalesce(o.delivery_to_utc, 0), o.removed "
      "FROM canteen_offer o JOIN canteen_dish d ON d.id = o.dish_id ";

MenuOffer offerFrom(const storage::Statement &q)
{
    MenuOffer o;
    o.id = q.text(0);
    o.canteenId = q.text(1);
    o.dishId = q.text(2);
    o.name = { q.text(3), q.text(4) };
    o.category = q.text(5);
    o.tags = q.text(6).split(u' ', Qt::SkipEmptyParts);
    o.allergens = q.text(7).split(u' ', Qt::SkipEmptyParts);
    o.picture = q.text(8);
    o.mealDate = QDate::fromString(q.text(9), Qt::ISODate);
    o.period = periodFrom(q.text(10)).value_or(MealPeriod::Lunch);
    o.priceFen = q.int64(11);
    o.quota = q.integer(12);
    o.taken = q.integer(13);
    o.orderByUtc = q.int64(14);
    o.pickupFromUtc = q.int64(15);
    o.pickupToUtc = q.int64(16);
    o.delivery = q.integer(17) != 0;
    o.deliveryFromUtc = q.int64(18);
    o.deliveryToUtc = q.int64(19);
    o.removed = q.integer(20) != 0;
    return o;
}

} // namespace

std::vector<MenuOffer> menuFor(storage::Database &db, const QDate &mealDate, MealPeriod period)
{
    // Cached, as the other reads here: a screen or a quote makes them on every tap.
    auto q = db.prepareCached(std::string(kOfferColumns)
        + "WHERE o.meal_date = ? AND o.period = ? AND o.removed = 0 ORDER BY o.rowid");
    q.bind(1, mealDate.toString(Qt::ISODate)).bind(2, periodName(period));
    std::vector<MenuOffer> out;
    while (q.step())
        out.push_back(offerFrom(q));
    return out;
}

std::optional<MenuOffer> findOffer(storage::Database &db, const QString &offerId)
{
    auto q = db.prepareCached(std::string(kOfferColumns) + "WHERE o.id = ?");
    q.bind(1, offerId);
    if (!q.step())
        return std::nullopt;
    return offerFrom(q);
}

std::optional<CanteenRules> loadCanteenRules(storage::Database &db, const QString &canteenId)
{
    auto q = db.prepareCached("SELECT rules_json FROM canteen_rules WHERE canteen_id = ?");
    q.bind(1, canteenId);
    if (!q.step())
        return std::nullopt;
    // Parsing and checking the rules costs more than the rest of a quote, and the stored text
    // changes only with the content: the last rules parsed are kept, keyed by that text.
    struct Parsed {
        QString canteenId, json;
        CanteenRules rules;
    };
    thread_local std::optional<Parsed> last;
    const QString stored = q.text(0);
    if (last && last->canteenId == canteenId && last->json == stored)
        return last->rules;
    try {
        const QJsonObject json = QJsonDocument::fromJson(stored.toUtf8()).object();
        CanteenRules rules
            = parseCanteenRules(content::Record(QStringLiteral("canteen_rules"), canteenId, json));
        last = Parsed{ canteenId, stored, rules };
        return rules;
    } catch (const content::ContentError &e) {
        qCWarning(lcCanteen) << "stored canteen rules no longer parse:" << e.what();
        return std::nullopt;
    }
}

std::optional<Diner> loadDiner(storage::Database &db, const QString &residentId)
{
    auto q = db.prepareCached("SELECT birth_date FROM resident WHERE id = ?");
    q.bind(1, residentId);
    if (!q.step())
        return std::nullopt;
    Diner d;
    d.birthDate = QDate::fromString(q.optionalText(0).value_or(QString()), Qt::ISODate);
    auto tags = db.prepareCached("SELECT tag FROM resident_tag WHERE resident_id = ? ORDER BY tag");
    tags.bind(1, residentId);
    while (tags.step())
        d.tags << tags.text(0);
    return d;
}

} // namespace linli::canteen
