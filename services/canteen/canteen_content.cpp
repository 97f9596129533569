#include "canteen/canteen_content.h"

#include "canteen/canteen_rules.h"
#include "canteen/canteen_types.h"
#include "canteen/delivery_rounds.h"
#include "canteen/vouchers.h"
#include "content/content_error.h"
#include "content/json_file.h"
#include "content/json_record.h"
#include "core/hall_time.h"
#include "information/hall.h"
#include "residents/address.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace linli::canteen {

using content::Need;
using content::Record;

namespace {

const QStringList kDishTags{ "soft", "low_salt", "low_sugar", "vegetarian", "halal" };
const QStringList kAllergens{ "gluten", "egg", "milk", "soy", "peanut", "tree_nut", "fish", "shellfish",
    "sesame" };

struct Dish {
    QString id, canteenId, category, picture;
    LocalizedText name;
    qint64 priceFen = 0;
    QStringList tags, allergens;
};

struct Window {
    int fromMinute = 0, toMinute = 0;
};

struct PeriodRule {
    int orderByDaysBefore = 0, orderByMinute = 0;
    Window pickup;
    std::optional<Window> delivery;
};

struct Offer {
    QString canteenId, dishId;
    int dayOffset = 0;
    MealPeriod period = MealPeriod::Lunch;
    qint64 priceFen = 0;
    int quota = 0;
    bool delivery = false;
};

struct Grant {
    QString residentId;
    qint64 amountFen = 0;
    LocalizedText note;
};

struct ResidentDetails {
    QString id;
    bool known = false; // in the resident table
    QDate birthDate;
    QStringList tags;
    std::optional<residents::Address> address; // where meals are delivered
};

struct Parsed {
    std::vector<std::pair<QString, QJsonObject>> rules; // canteen id, rules JSON
    std::vector<Dish> dishes;
    std::map<QString, std::map<MealPeriod, PeriodRule>> periods; // by canteen
    std::vector<Offer> offers;
    std::vector<Grant> grants;
    std::vector<ResidentDetails> residents;
    std::vector<std::pair<QString, std::vector<DeliveryRound>>> rounds; // by canteen
    QSet<QString> roundIds;
};

int minuteOf(const Record &r, const QString &key)
{
    const QTime t = r.time(key);
    return t.hour() * 60 + t.minute();
}

QStringList words(const Record &r, const QString &key, const QStringList &allowed)
{
    QStringList out;
    for (const QJsonValue &v : r.array(key, Need::Optional)) {
        const QString w = v.toString();
        if (!v.isString() || !allowed.contains(w))
            r.fail(QStringLiteral("\"%1\" has \"%2\"; allowed: %3")
                       .arg(key, v.isString() ? w : QStringLiteral("a non-string"), allowed.join(u", ")));
        if (!out.contains(w))
            out << w;
    }
    return out;
}

Window window(const Record &r, const QString &key)
{
    const Record w = r.child(key);
    const Window out{ minuteOf(w, QStringLiteral("from")), minuteOf(w, QStringLiteral("to")) };
    if (out.toMinute <= out.fromMinute)
        w.fail(QStringLiteral("\"%1.to\" must be after \"%1.from\"").arg(key));
    return out;
}

// A dish's picture: a file inside the content folder, named relative to it
// ("pictures/dish-rice.svg"); empty when the dish has none. Without a folder (a sync record) the
// name is checked but not the file.
QString picture(const Record &dish, const QString &field, const QDir *contentDir)
{
    const QString name = dish.string(QStringLiteral("picture"), Need::Optional);
    if (name.isEmpty())
        return {};
    const QString clean = QDir::cleanPath(name);
    if (QDir::isAbsolutePath(name) || name.contains(u'\\') || clean == u".." || clean.startsWith(u"../"))
        dish.fail(QStringLiteral("\"%1\" is \"%2\"; name a file inside the content folder, like "
                                 "\"pictures/dish-rice.svg\"")
                      .arg(field, name));
    static const QStringList kinds{ "svg", "png", "jpg", "jpeg" };
    if (!kinds.contains(QFileInfo(clean).suffix().toLower()))
        dish.fail(
            QStringLiteral("\"%1\" is \"%2\"; a picture is an .svg, .png or .jpg file").arg(field, name));
    if (contentDir && !QFileInfo(contentDir->filePath(clean)).isFile())
        dish.fail(QStringLiteral("\"%1\" names \"%2\", which is not in the content folder %3")
                      .arg(field, name, QDir::toNativeSeparators(contentDir->absolutePath())));
    return clean;
}

Record element(const Record &parent, const QString &path, const QJsonValue &v)
{
    if (!v.isObject())
        parent.fail(QStringLiteral("\"%1\" must be an object").arg(path));
    return Record(parent.file(), parent.id(), v.toObject(), path);
}

void parseCanteen(const Record &c, const QJsonObject &raw, const QSet<QString> &residentIds,
    QSet<QString> &dishIds, const QDir *contentDir, Parsed &out)
{
    out.rules.emplace_back(c.id(), rulesObject(raw));
    parseCanteenRules(c); // validates; the stored JSON is parsed again when used

    std::map<QString, const Dish *> dishes;
    const auto menu = c.array(QStringLiteral("menu"), Need::Optional);
    for (std::size_t i = 0; i < menu.size(); ++i) {
        const Record d = element(c, QStringLiteral("menu[%1]").arg(i), menu[i]);
        Dish dish;
        dish.id = d.string(QStringLiteral("id"));
        if (dishIds.contains(dish.id))
            d.fail(QStringLiteral("duplicate dish id \"%1\"").arg(dish.id));
        dishIds.insert(dish.id);
        dish.canteenId = c.id();
        dish.name = d.text(QStringLiteral("name"));
        dish.priceFen = d.integer(QStringLiteral("price_fen"), Need::Required, 0, 1, 1000000);
        dish.category = d.oneOf(QStringLiteral("category"), { "set", "meat", "vegetable", "soup", "staple" });
        dish.tags = words(d, QStringLiteral("tags"), kDishTags);
        dish.allergens = words(d, QStringLiteral("allergens"), kAllergens);
        dish.picture = picture(d, QStringLiteral("menu[%1].picture").arg(i), contentDir);
        out.dishes.push_back(dish);
    }
    for (const Dish &d : out.dishes)
        if (d.canteenId == c.id())
            dishes[d.id] = &d;

    auto &periods = out.periods[c.id()];
    const Record p = c.child(QStringLiteral("periods"), Need::Optional);
    for (MealPeriod period : { MealPeriod::Breakfast, MealPeriod::Lunch, MealPeriod::Dinner }) {
        if (!p.has(periodName(period)))
            continue;
        const Record one = p.child(periodName(period));
        const Record by = one.child(QStringLiteral("order_by"));
        PeriodRule rule;
        rule.orderByDaysBefore = int(by.integer(QStringLiteral("days_before"), Need::Optional, 0, 0, 7));
        rule.orderByMinute = minuteOf(by, QStringLiteral("time"));
        rule.pickup = window(one, QStringLiteral("pickup"));
        if (one.has(QStringLiteral("delivery")))
            rule.delivery = window(one, QStringLiteral("delivery"));
        if (rule.orderByMinute - rule.orderByDaysBefore * 1440 > rule.pickup.fromMinute)
            by.fail(QStringLiteral("the cut-off \"order_by\" must not be after pickup starts"));
        periods[period] = rule;
    }

    QSet<QString> seen;
    const auto menus = c.array(QStringLiteral("menus"), Need::Optional);
    for (std::size_t i = 0; i < menus.size(); ++i) {
        const Record m = element(c, QStringLiteral("menus[%1]").arg(i), menus[i]);
        const int day = int(m.integer(QStringLiteral("day_offset"), Need::Required, 0, 0, 13));
        const QString periodText = m.oneOf(QStringLiteral("period"), { "breakfast", "lunch", "dinner" });
        const MealPeriod period = *periodFrom(periodText);
        const auto rule = periods.find(period);
        if (rule == periods.end())
            m.fail(QStringLiteral("\"period\" is \"%1\" but \"periods.%1\" is not given").arg(periodText));
        const auto items = m.array(QStringLiteral("items"));
        for (std::size_t k = 0; k < items.size(); ++k) {
            const QString at = QStringLiteral("menus[%1].items[%2]").arg(i).arg(k);
            const Record it = element(m, at, items[k]);
            Offer o;
            o.canteenId = c.id();
            o.dishId = it.string(QStringLiteral("dish_id"));
            const auto dish = dishes.find(o.dishId);
            if (dish == dishes.end())
                it.fail(QStringLiteral("\"%1.dish_id\" names unknown dish \"%2\"").arg(at, o.dishId));
            o.dayOffset = day;
            o.period = period;
            o.priceFen
                = it.integer(QStringLiteral("price_fen"), Need::Optional, dish->second->priceFen, 1, 1000000);
            o.quota = int(it.integer(QStringLiteral("quota"), Need::Required, 0, 0, 10000));
            o.delivery = it.boolean(QStringLiteral("delivery"), false);
            if (o.delivery && !rule->second.delivery)
                it.fail(QStringLiteral("\"delivery\" is true but \"periods.%1.delivery\" gives no window")
                            .arg(periodText));
            const QString key = QStringLiteral("%1/%2/%3").arg(day).arg(periodText, o.dishId);
            if (seen.contains(key))
                it.fail(QStringLiteral("dish \"%1\" is twice on the menu of day %2's %3")
                            .arg(o.dishId)
                            .arg(day)
                            .arg(periodText));
            seen.insert(key);
            out.offers.push_back(o);
        }
    }

    const auto grants = c.array(QStringLiteral("demo_vouchers"), Need::Optional);
    for (std::size_t i = 0; i < grants.size(); ++i) {
        const Record g = element(c, QStringLiteral("demo_vouchers[%1]").arg(i), grants[i]);
        Grant grant;
        g.string(QStringLiteral("resident_id")); // required
        grant.residentId = *g.reference(QStringLiteral("resident_id"), residentIds, "resident");
        grant.amountFen = g.integer(QStringLiteral("amount_fen"), Need::Required, 0, 1, 1000000);
        grant.note = g.text(QStringLiteral("note"));
        out.grants.push_back(grant);
    }

    QSet<QString> withAddress; // residents.json is parsed first
    for (const ResidentDetails &r : out.residents)
        if (r.known && r.address)
            withAddress.insert(r.id);
    out.rounds.emplace_back(c.id(), parseDeliveryRounds(c, residentIds, withAddress, out.roundIds));
}

std::vector<ResidentDetails> parseResidents(const std::vector<Record> &records, const QSet<QString> &known)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    std::vector<ResidentDetails> out;
    for (const Record &r : records) {
        ResidentDetails d;
        d.id = r.id();
        d.known = known.contains(d.id);
        const QString birth = r.string(QStringLiteral("birth_date"), Need::Optional);
        if (!birth.isEmpty()) {
            d.birthDate = QDate::fromString(birth, Qt::ISODate);
            if (!isoDate.match(birth).hasMatch() || !d.birthDate.isValid())
                r.fail(QStringLiteral("\"birth_date\" is \"%1\", not a date like \"1938-04-08\"").arg(birth));
            if (r.has(QStringLiteral("birth_year"))
                && r.integer(QStringLiteral("birth_year"), Need::Required, 0, 1850, 2100)
                    != d.birthDate.year())
                r.fail(QStringLiteral("\"birth_date\" %1 disagrees with \"birth_year\"").arg(birth));
        }
        for (const QJsonValue &v : r.array(QStringLiteral("tags"), Need::Optional)) {
            if (!v.isString() || v.toString().trimmed().isEmpty())
                r.fail(QStringLiteral("\"tags\" must be a list of non-empty strings"));
            if (!d.tags.contains(v.toString().trimmed()))
                d.tags << v.toString().trimmed();
        }
        d.address = residents::parseAddress(r);
        out.push_back(d);
    }
    return out;
}

// Rules, dishes, offers and delivery rounds; a row already there (same id) is updated in place.
void writeMenus(storage::Database &db, const Parsed &p, const HallTime &time, const QDate &today,
    CanteenContentReport &report)
{
    auto rules = db.prepare("INSERT INTO canteen_rules(canteen_id, rules_json) VALUES (?, ?) "
                            "ON CONFLICT(canteen_id) DO UPDATE SET rules_json = excluded.rules_json");
    for (const auto &[id, json] : p.rules) {
        rules.bind(1, id).bind(2, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        rules.run();
    }
    auto dish = db.prepare(
        "INSERT INTO canteen_dish(id, canteen_id, name_zh, name_en, category, price_fen, tags, "
        "allergens, picture) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "canteen_id = excluded.canteen_id, name_zh = excluded.name_zh, name_en = excluded.name_en, "
        "category = excluded.category, price_fen = excluded.price_fen, tags = excluded.tags, "
        "allergens = excluded.allergens, picture = excluded.picture");
    for (const Dish &d : p.dishes) {
        dish.bind(1, d.id)
            .bind(2, d.canteenId)
            .bind(3, d.name.zh)
            .bind(4, d.name.en)
            .bind(5, d.category)
            .bind(6, d.priceFen)
            .bind(7, d.tags.join(u' '))
            .bind(8, d.allergens.join(u' '))
            .bind(9, d.picture);
        dish.run();
        ++report.dishes;
    }
    auto offer = db.prepare(
        "INSERT INTO canteen_offer(id, canteen_id, dish_id, meal_date, period, price_fen, quota, "
        "order_by_utc, pickup_from_utc, pickup_to_utc, delivery, delivery_from_utc, "
        "delivery_to_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "price_fen = excluded.price_fen, quota = max(excluded.quota, canteen_offer.taken), removed = 0, "
        "order_by_utc = excluded.order_by_utc, "
        "pickup_from_utc = excluded.pickup_from_utc, pickup_to_utc = excluded.pickup_to_utc, "
        "delivery = excluded.delivery, delivery_from_utc = excluded.delivery_from_utc, "
        "delivery_to_utc = excluded.delivery_to_utc");
    for (const Offer &o : p.offers) {
        const QDate date = today.addDays(o.dayOffset);
        const PeriodRule &rule = p.periods.at(o.canteenId).at(o.period);
        const QString day = date.toString(Qt::ISODate);
        offer.bind(1, QStringLiteral("%1.%2.%3").arg(day, periodName(o.period), o.dishId))
            .bind(2, o.canteenId)
            .bind(3, o.dishId)
            .bind(4, day)
            .bind(5, periodName(o.period))
            .bind(6, o.priceFen)
            .bind(7, o.quota)
            .bind(8, time.utcOf(date.addDays(-rule.orderByDaysBefore), rule.orderByMinute))
            .bind(9, time.utcOf(date, rule.pickup.fromMinute))
            .bind(10, time.utcOf(date, rule.pickup.toMinute))
            .bind(11, o.delivery);
        if (o.delivery) {
            offer.bind(12, time.utcOf(date, rule.delivery->fromMinute))
                .bind(13, time.utcOf(date, rule.delivery->toMinute));
        } else {
            offer.bindNull(12).bindNull(13);
        }
        offer.run();
        ++report.offers;
    }
    for (const auto &[canteenId, rounds] : p.rounds)
        storeDeliveryRounds(db, canteenId, rounds);
}

void write(storage::Database &db, const Parsed &p, const HallTime &time, const QDate &today, qint64 now,
    CanteenContentReport &report)
{
    writeMenus(db, p, time, today, report);
    auto birth = db.prepare("UPDATE resident SET birth_date = ? WHERE id = ? AND birth_date IS NULL");
    auto tag = db.prepare("INSERT OR IGNORE INTO resident_tag(resident_id, tag) VALUES (?, ?)");
    for (const ResidentDetails &r : p.residents) {
        if (!r.known)
            continue; // not loaded as a resident (a real hall's residents come from sync)
        int changed = 0;
        if (r.birthDate.isValid()) {
            birth.bind(1, r.birthDate.toString(Qt::ISODate)).bind(2, r.id);
            changed += birth.run();
        }
        for (const QString &t : r.tags) {
            tag.bind(1, r.id).bind(2, t);
            changed += tag.run();
        }
        if (r.address) {
            residents::storeAddress(db, r.id, *r.address);
            ++changed;
        }
        report.residentsUpdated += changed > 0 ? 1 : 0;
    }
    for (const Grant &g : p.grants) {
        ledger::append(db, g.residentId, g.amountFen, VoucherReason::Grant, {}, g.note, now);
        ++report.vouchers;
    }
}

int countRows(storage::Database &db, const char *sql, const QString &param = {})
{
    auto q = db.prepare(sql);
    if (!param.isNull())
        q.bind(1, param);
    q.step();
    return q.integer(0);
}

} // namespace

CanteenContentReport loadDemoCanteenContent(
    storage::Database &db, const QString &dir, const QDateTime &nowUtc)
{
    CanteenContentReport report;
    const auto hallFile = content::readJsonFile(dir, QStringLiteral("hall.json"));
    const QString hallId = hallFile ? hallFile->toObject().value(u"id").toString() : QString();
    if (hallId.isEmpty() || countRows(db, "SELECT count(*) FROM hall WHERE id = ?", hallId) == 0)
        return report;
    if (countRows(db, "SELECT count(*) FROM canteen_rules") > 0)
        return report;
    const auto hall = information::loadHall(db);
    if (!hall)
        return report;

    Parsed parsed;
    // Residents are in the database already (the booking content); ids come from there and the file.
    QSet<QString> residentIds;
    for (auto q = db.prepare("SELECT id FROM resident"); q.step();)
        residentIds.insert(q.text(0));
    const std::vector<Record> people = content::readRecords(dir, QStringLiteral("residents.json"));
    parsed.residents = parseResidents(people, residentIds);
    const auto canteenFile = content::readJsonFile(dir, QStringLiteral("canteen.json"));
    const std::vector<Record> canteens = content::readRecords(dir, QStringLiteral("canteen.json"), true);
    if (canteens.empty())
        return report;
    QSet<QString> dishIds;
    for (std::size_t i = 0; i < canteens.size(); ++i) {
        const QJsonObject raw = canteenFile->isArray() ? canteenFile->toArray().at(qsizetype(i)).toObject()
                                                       : canteenFile->toObject();
        if (countRows(db, "SELECT count(*) FROM canteen WHERE id = ?", canteens[i].id()) == 0)
            canteens[i].fail(QStringLiteral("this canteen is not in the hall's content"));
        if (!canteens[i].has(QStringLiteral("subsidy")))
            continue; // a canteen without rules takes no orders
        const QDir contentDir(dir);
        parseCanteen(canteens[i], raw, residentIds, dishIds, &contentDir, parsed);
    }
    if (parsed.rules.empty())
        return report;

    const HallTime time(hall->timeZone);
    storage::Transaction tx(db);
    write(db, parsed, time, time.localDate(nowUtc.toSecsSinceEpoch()), nowUtc.toSecsSinceEpoch(), report);
    tx.commit();
    return report;
}

void closeCanteen(storage::Database &db, const QString &canteenId)
{
    db.prepare("DELETE FROM delivery_round WHERE canteen_id = ?").bind(1, canteenId).run();
    db.prepare("DELETE FROM canteen_rules WHERE canteen_id = ?").bind(1, canteenId).run();
    db.prepare("UPDATE canteen_offer SET removed = 1 WHERE canteen_id = ?").bind(1, canteenId).run();
}

CanteenContentReport applyCanteenRecord(
    storage::Database &db, const content::Record &record, const QJsonObject &raw, const QDateTime &nowUtc)
{
    CanteenContentReport report;
    const QString id = record.id();
    db.prepare("DELETE FROM delivery_round WHERE canteen_id = ?").bind(1, id).run();
    if (!record.has(QStringLiteral("subsidy"))) { // a canteen without rules takes no orders
        closeCanteen(db, id);
        return report;
    }
    const auto hall = information::loadHall(db);
    if (!hall)
        return report;
    Parsed parsed;
    QSet<QString> residentIds, dishIds;
    for (auto q = db.prepare("SELECT id FROM resident WHERE name <> ''"); q.step();)
        residentIds.insert(q.text(0));
    for (auto q = db.prepare("SELECT resident_id FROM resident_address"); q.step();)
        parsed.residents.push_back({ q.text(0), true, {}, {}, residents::Address{} });
    auto others = db.prepare("SELECT id FROM canteen_dish WHERE canteen_id <> ?");
    for (others.bind(1, id); others.step();)
        dishIds.insert(others.text(0));
    parseCanteen(record, raw, residentIds, dishIds, nullptr, parsed);

    const HallTime time(hall->timeZone);
    const QDate today = time.localDate(nowUtc.toSecsSinceEpoch());
    // What left the menu is marked removed, not deleted: orders placed keep their offer (its
    // count of servings taken) and their dish's name.
    QStringList offers;
    for (const Offer &o : parsed.offers)
        offers << QStringLiteral("%1.%2.%3")
                      .arg(today.addDays(o.dayOffset).toString(Qt::ISODate), periodName(o.period), o.dishId);
    QStringList gone;
    auto q = db.prepare("SELECT id FROM canteen_offer WHERE canteen_id = ? AND removed = 0");
    for (q.bind(1, id); q.step();)
        if (!offers.contains(q.text(0)))
            gone << q.text(0);
    for (const QString &stale : gone)
        db.prepare("UPDATE canteen_offer SET removed = 1 WHERE id = ?").bind(1, stale).run();
    writeMenus(db, parsed, time, today, report);
    return report;
}

} // namespace linli::canteen
