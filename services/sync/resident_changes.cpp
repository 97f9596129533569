#include "sync/resident_changes.h"

#include "content/json_record.h"
#include "residents/address.h"
#include "storage/database.h"

#include <QDate>
#include <QRegularExpression>

namespace linli::sync {

namespace {

using content::Need;
using content::Record;

QString birthDate(const Record &r)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString birth = r.string(QStringLiteral("birth_date"), Need::Optional);
    if (!birth.isEmpty()
        && (!isoDate.match(birth).hasMatch() || !QDate::fromString(birth, Qt::ISODate).isValid()))
        r.fail(QStringLiteral("\"birth_date\" is \"%1\", not a date like \"1938-04-08\"").arg(birth));
    return birth;
}

QStringList tags(const Record &r)
{
    QStringList out;
    for (const QJsonValue &v : r.array(QStringLiteral("tags"), Need::Optional)) {
        if (!v.isString() || v.toString().trimmed().isEmpty())
            r.fail(QStringLiteral("\"tags\" must be a list of non-empty strings"));
        if (!out.contains(v.toString().trimmed()))
            out << v.toString().trimmed();
    }
    return out;
}

// A card or phone number identifies one resident only; another's is refused, not taken over.
void checkUnique(storage::Database &db, const Record &r, const char *column, const QString &value)
{
    if (value.isEmpty())
        return;
    auto q = db.prepare(std::string("SELECT count(*) FROM resident WHERE ") + column + " = ? AND id <> ?");
    q.bind(1, value).bind(2, r.id());
    q.step();
    if (q.integer(0) > 0)
        r.fail(QStringLiteral("its \"%1\" belongs to another resident").arg(QLatin1String(column)));
}

void bindOrNull(storage::Statement &q, int index, const QString &value)
{
    value.isEmpty() ? q.bindNull(index) : q.bind(index, value);
}

} // namespace

void upsertResident(storage::Database &db, const Record &r)
{
    if (r.has(QStringLiteral("pin")))
        r.fail(QStringLiteral("it carries a PIN in the clear; only \"pin_hash\" is accepted"));
    const QString name = r.string(QStringLiteral("name"));
    const QString card = r.string(QStringLiteral("card"), Need::Optional);
    const QString phone = r.string(QStringLiteral("phone"), Need::Optional);
    const QString pinHash = r.string(QStringLiteral("pin_hash"), Need::Optional);
    if (!pinHash.isEmpty() && !pinHash.startsWith(QLatin1String("$argon2id$")))
        r.fail(QStringLiteral("\"pin_hash\" is not an Argon2id hash"));
    const QString birth = birthDate(r);
    const QStringList tagList = tags(r);
    const auto address = residents::parseAddress(r);
    checkUnique(db, r, "card", card);
    checkUnique(db, r, "phone", phone);

    auto q = db.prepare(
        "INSERT INTO resident(id, name, card, phone, pin_hash, birth_date) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, card = excluded.card, "
        "phone = excluded.phone, pin_hash = excluded.pin_hash, birth_date = excluded.birth_date");
    q.bind(1, r.id()).bind(2, name);
    bindOrNull(q, 3, card);
    bindOrNull(q, 4, phone);
    bindOrNull(q, 5, pinHash);
    bindOrNull(q, 6, birth);
    q.run();
    db.prepare("DELETE FROM resident_tag WHERE resident_id = ?").bind(1, r.id()).run();
    for (const QString &tag : tagList)
        db.prepare("INSERT INTO resident_tag(resident_id, tag) VALUES (?, ?)")
            .bind(1, r.id())
            .bind(2, tag)
            .run();
    if (address)
        residents::storeAddress(db, r.id(), *address);
    else
        db.prepare("DELETE FROM resident_address WHERE resident_id = ?").bind(1, r.id()).run();
}

} // namespace linli::sync
