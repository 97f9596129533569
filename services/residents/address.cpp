#include "residents/address.h"

#include "content/json_record.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QStringList>

namespace linli::residents {

namespace {

// Both languages from the parts as they are to be shown (masked or not).
LocalizedText compose(const Address &a, const QString &unit, const QString &door)
{
    const bool flat = !a.building.isEmpty();
    QString zh = a.area.zh;
    QStringList en;
    if (flat) {
        en << QStringLiteral("Flat %1").arg(door);
        if (!unit.isEmpty())
            en << QStringLiteral("Unit %1").arg(unit);
        en << QStringLiteral("Building %1").arg(a.building);
        zh += a.building + QStringLiteral("幢");
        if (!unit.isEmpty())
            zh += unit + QStringLiteral("单元");
        zh += door + QStringLiteral("室");
    } else {
        en << QStringLiteral("No. %1").arg(door);
        zh += door + QStringLiteral("号");
    }
    en << a.area.en;
    return { zh, en.join(QStringLiteral(", ")) };
}

const QString kHidden = QStringLiteral("**");

QString part(const content::Record &r, const QString &key, content::Need need)
{
    static const QRegularExpression allowed(QStringLiteral("^[0-9A-Za-z-]{1,8}$"));
    const QString value = r.string(key, need);
    if (!value.isEmpty() && !allowed.match(value).hasMatch())
        r.fail(QStringLiteral("\"address.%1\" is \"%2\"; use 1-8 letters, digits or \"-\" (\"18\", \"302\")")
                   .arg(key, value));
    return value;
}

} // namespace

LocalizedText fullAddress(const Address &address)
{
    return compose(address, address.unit, address.door);
}

LocalizedText maskedAddress(const Address &address)
{
    return compose(address, address.unit.isEmpty() ? QString() : kHidden, kHidden);
}

std::optional<Address> parseAddress(const content::Record &resident)
{
    if (!resident.has(QStringLiteral("address")))
        return std::nullopt;
    const content::Record r = resident.child(QStringLiteral("address"));
    Address a;
    a.area = r.text(QStringLiteral("area"));
    a.building = part(r, QStringLiteral("building"), content::Need::Optional);
    a.unit = part(r, QStringLiteral("unit"), content::Need::Optional);
    a.door = part(r, QStringLiteral("door"), content::Need::Required);
    if (!a.unit.isEmpty() && a.building.isEmpty())
        r.fail(QStringLiteral("\"address.unit\" is given but \"address.building\" is not"));
    return a;
}

std::optional<Address> loadAddress(storage::Database &db, const QString &residentId)
{
    auto q = db.prepare(
        "SELECT area_zh, area_en, building, unit, door FROM resident_address WHERE resident_id = ?");
    q.bind(1, residentId);
    if (!q.step())
        return std::nullopt;
    return Address{ { q.text(0), q.text(1) }, q.text(2), q.text(3), q.text(4) };
}

void storeAddress(storage::Database &db, const QString &residentId, const Address &address)
{
    auto q = db.prepare("INSERT OR REPLACE INTO resident_address(resident_id, area_zh, area_en, building, "
                        "unit, door) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, residentId)
        .bind(2, address.area.zh)
        .bind(3, address.area.en)
        .bind(4, address.building)
        .bind(5, address.unit)
        .bind(6, address.door);
    q.run();
}

} // namespace linli::residents
