#include "booking/booking_content.h"

#include "content/content_error.h"
#include "escrow/resources.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace linli::booking {

namespace {

[[noreturn]] void bad(const QString &file, const QString &id, const QString &what)
{
    throw content::ContentError(file, id, what);
}

QJsonArray readArray(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        throw content::ContentError(
            QFileInfo(path).fileName(), {}, QStringLiteral("not a JSON list (%1)").arg(error.errorString()));
    return doc.array();
}

int minuteOf(const QString &hhmm, const QString &id)
{
    const std::optional<int> minute = escrow::resources::minuteOfDay(hhmm);
    if (!minute)
        bad(QStringLiteral("rooms.json"), id,
            QStringLiteral("bad time \"%1\" in booking.weekly_hours").arg(hhmm));
    return *minute;
}

int countRows(storage::Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    q.step();
    return q.integer(0);
}

QString hallIdOf(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("hall.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(u"id").toString();
}

void insertClosures(storage::Database &db, const QString &roomId, const QJsonArray &list, const char *kind)
{
    auto q = db.prepare("INSERT INTO room_closure(room_id, kind, first_day, last_day, reason_zh, reason_en) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        const QString first = c.contains(u"date") ? c[u"date"].toString() : c[u"from"].toString();
        const QString last = c.contains(u"date") ? first : c[u"to"].toString();
        if (!QDate::fromString(first, Qt::ISODate).isValid()
            || !QDate::fromString(last, Qt::ISODate).isValid())
            bad(QStringLiteral("rooms.json"), roomId, QStringLiteral("bad date in booking closures"));
        const QJsonObject why = c[u"reason"].toObject();
        q.bind(1, roomId)
            .bind(2, kind)
            .bind(3, first)
            .bind(4, last)
            .bind(5, why[u"zh"].toString())
            .bind(6, why[u"en"].toString());
        q.run();
    }
}

int loadRules(storage::Database &db, const QJsonArray &rooms)
{
    int n = 0;
    for (const QJsonValue &v : rooms) {
        const QJsonObject room = v.toObject();
        const QString id = room[u"id"].toString();
        if (!room[u"bookable"].toBool() || !room.contains(u"booking"))
            continue;
        const QJsonObject b = room[u"booking"].toObject();
        db.prepare("INSERT INTO room_booking_rule VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, id)
            .bind(2, b[u"slot_minutes"].toInt(60))
            .bind(3, b[u"horizon_days"].toInt(14))
            .bind(4, b[u"max_slots_per_booking"].toInt(1))
            .bind(5, b[u"approval_required"].toBool())
            .bind(6, b[u"max_upcoming_per_resident"].toInt(3))
            .bind(7, static_cast<int>(b[u"max_hours_per_week"].toDouble(4) * 60))
            .bind(8, b[u"min_notice_minutes"].toInt(0))
            .bind(9, b[u"min_cancel_notice_minutes"].toInt(0))
            .run();
        auto h = db.prepare(
            "INSERT INTO room_weekly_hours(room_id, weekday, open_minute, close_minute) VALUES (?, ?, ?, ?)");
        for (const QJsonValue &hv : b[u"weekly_hours"].toArray()) {
            const QJsonObject o = hv.toObject();
            h.bind(1, id)
                .bind(2, o[u"weekday"].toInt())
                .bind(3, minuteOf(o[u"open"].toString(), id))
                .bind(4, minuteOf(o[u"close"].toString(), id));
            h.run();
        }
        insertClosures(db, id, b[u"closures"].toArray(), "closure");
        insertClosures(db, id, b[u"out_of_service"].toArray(), "out_of_service");
        ++n;
    }
    return n;
}

int loadResidents(storage::Database &db, const QJsonArray &list, residents::PinCost cost)
{
    auto q = db.prepare("INSERT INTO resident(id, name, card, phone, pin_hash) VALUES (?, ?, ?, ?, ?)");
    for (const QJsonValue &v : list) {
        const QJsonObject r = v.toObject();
        const QString id = r[u"id"].toString(), pin = r[u"pin"].toString();
        if (id.isEmpty() || r[u"name"].toString().isEmpty())
            bad(QStringLiteral("residents.json"), id, QStringLiteral("\"id\" and \"name\" are required"));
        const QString hash = pin.isEmpty() ? QString() : residents::hashPin(pin, cost);
        q.bind(1, id)
            .bind(2, r[u"name"].toString())
            .bind(3, r[u"card"].toString())
            .bind(4, r[u"phone"].toString());
        hash.isEmpty() ? q.bindNull(5) : q.bind(5, hash);
        q.run();
    }
    return static_cast<int>(list.size());
}

} // namespace

BookingContentReport loadDemoBookingContent(
    storage::Database &db, const QString &dir, residents::PinCost cost)
{
    BookingContentReport report;
    const QString hallId = hallIdOf(dir);
    auto hall = db.prepare("SELECT count(*) FROM hall WHERE id = ?");
    hall.bind(1, hallId);
    hall.step();
    if (hallId.isEmpty() || hall.integer(0) == 0)
        return report;
    hall.reset();
    const bool needRules = countRows(db, "SELECT count(*) FROM room_booking_rule") == 0;
    const bool needResidents = countRows(db, "SELECT count(*) FROM resident") == 0;
    if (!needRules && !needResidents)
        return report;
    const QJsonArray rooms
        = needRules ? readArray(QDir(dir).filePath(QStringLiteral("rooms.json"))) : QJsonArray();
    const QJsonArray people
        = needResidents ? readArray(QDir(dir).filePath(QStringLiteral("residents.json"))) : QJsonArray();
    storage::Transaction tx(db);
    report.rooms = loadRules(db, rooms);
    report.residents = loadResidents(db, people, cost);
    tx.commit();
    return report;
}

} // namespace linli::booking
