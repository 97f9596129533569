#include "maintenance/staff.h"

#include "content/content_error.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace linli::maintenance {

namespace {

const QString kFile = QStringLiteral("staff.json");

QJsonArray readList(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        throw content::ContentError(
            kFile, {}, QStringLiteral("not a JSON list (%1)").arg(error.errorString()));
    return doc.array();
}

QString hallIdOf(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("hall.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(u"id").toString();
}

int count(storage::Database &db, const char *sql, const QString &arg = {})
{
    auto q = db.prepare(sql);
    if (!arg.isNull())
        q.bind(1, arg);
    q.step();
    return q.integer(0);
}

} // namespace

bool mayDo(StaffRole role, Permission what)
{
    switch (what) {
    case Permission::SeeStatus:
        return true;
    case Permission::ChangeMenu:
        return role == StaffRole::Canteen || role == StaffRole::Administrator;
    case Permission::DecideBookings:
    case Permission::RunActions:
    case Permission::ManageHall:
        return role == StaffRole::Operator || role == StaffRole::Administrator;
    case Permission::ChangeSettings:
        return role == StaffRole::Administrator;
    }
    return false;
}

std::optional<StaffRole> roleFromName(const QString &name)
{
    if (name == u"operator")
        return StaffRole::Operator;
    if (name == u"canteen")
        return StaffRole::Canteen;
    if (name == u"administrator")
        return StaffRole::Administrator;
    return std::nullopt;
}

QString roleName(StaffRole role)
{
    switch (role) {
    case StaffRole::Operator:
        return QStringLiteral("operator");
    case StaffRole::Canteen:
        return QStringLiteral("canteen");
    case StaffRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

int loadDemoStaff(storage::Database &db, const QString &dir, residents::PinCost cost)
{
    const QString hallId = hallIdOf(dir);
    if (hallId.isEmpty() || count(db, "SELECT count(*) FROM hall WHERE id = ?", hallId) == 0
        || count(db, "SELECT count(*) FROM staff") > 0)
        return 0;
    const QJsonArray list = readList(QDir(dir).filePath(kFile));
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    storage::Transaction tx(db);
    auto q = db.prepare("INSERT INTO staff(id, name, role, card, pin_hash) VALUES (?, ?, ?, ?, ?)");
    for (const QJsonValue &v : list) {
        const QJsonObject s = v.toObject();
        const QString id = s[u"id"].toString(), name = s[u"name"].toString(), pin = s[u"pin"].toString();
        if (id.isEmpty() || name.isEmpty())
            throw content::ContentError(kFile, id, QStringLiteral("\"id\" and \"name\" are required"));
        const auto role = roleFromName(s[u"role"].toString());
        if (!role)
            throw content::ContentError(kFile, id,
                QStringLiteral("\"role\" must be operator, canteen or administrator, not \"%1\"")
                    .arg(s[u"role"].toString()));
        if (!sixDigits.match(pin).hasMatch())
            throw content::ContentError(kFile, id, QStringLiteral("\"pin\" must be 6 digits"));
        const QString card = s[u"card"].toString();
        q.bind(1, id).bind(2, name).bind(3, roleName(*role));
        card.isEmpty() ? q.bindNull(4) : q.bind(4, card);
        q.bind(5, residents::hashPin(pin, cost));
        q.run();
    }
    tx.commit();
    return static_cast<int>(list.size());
}

} // namespace linli::maintenance
