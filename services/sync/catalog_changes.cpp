#include "sync/catalog_changes.h"

#include "canteen/canteen_content.h"
#include "content/content_error.h"
#include "content/content_parser.h"
#include "content/content_writer.h"
#include "content/json_record.h"
#include "information/search.h"
#include "maintenance/staff.h"
#include "storage/database.h"
#include "sync/central_settings.h"
#include "sync/resident_changes.h"
#include "sync/resident_wipe.h"
#include "sync/sync_error.h"
#include "sync/sync_log.h"
#include "tickets/signing_key.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace linli::sync {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QSet<QString> idsOf(storage::Database &db, const char *sql)
{
    QSet<QString> ids;
    auto q = db.prepare(sql);
    while (q.step())
        ids.insert(q.text(0));
    return ids;
}

QTimeZone hallZone(storage::Database &db)
{
    auto q = db.prepare("SELECT timezone FROM hall LIMIT 1");
    const QTimeZone zone(q.step() ? q.text(0).toUtf8() : QByteArray("Asia/Shanghai"));
    return zone.isValid() ? zone : QTimeZone("Asia/Shanghai");
}

BadResponse badRecord(const QString &collection, const QString &id, const QString &problem)
{
    return BadResponse({ QStringLiteral("中心服务器发来的记录 %1/%2 无效：%3").arg(collection, id, problem),
        QStringLiteral("The server sent an invalid record %1/%2: %3").arg(collection, id, problem) });
}

content::Record recordOf(const v1::Change &change, const QString &collection, const QString &id)
{
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(QByteArray::fromStdString(change.record()), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        throw badRecord(collection, id, QStringLiteral("not a JSON object"));
    const QJsonObject object = json.object();
    if (object.value(QStringLiteral("id")).toString() != id)
        throw badRecord(collection, id, QStringLiteral("its \"id\" is not the change's id"));
    return content::Record(collection, id, object);
}

// Ticket keys and revocations that sync brings are marked origin 'sync', so a tombstone
// removes only what sync added (never the kiosk's own key).
void applyKioskKey(storage::Database &db, const v1::Change &change, const QString &id, qint64 now)
{
    if (change.deleted()) {
        db.prepare("DELETE FROM ticket_key WHERE kiosk_id = ? AND origin = 'sync'").bind(1, id).run();
        return;
    }
    const content::Record r = recordOf(change, QStringLiteral("kiosk_keys"), id);
    const QByteArray key = QByteArray::fromBase64(
        r.string(QStringLiteral("public_key")).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != 32)
        throw badRecord(
            QStringLiteral("kiosk_keys"), id, QStringLiteral("public_key is not 32 bytes of Base64"));
    auto hall = db.prepare("SELECT id FROM hall LIMIT 1");
    const QString hallId = hall.step() ? hall.text(0) : QString();
    db.prepare("DELETE FROM ticket_key WHERE kiosk_id = ? AND origin = 'sync'").bind(1, id).run();
    db.prepare(
          "INSERT OR IGNORE INTO ticket_key(key_id, public_key, kiosk_id, hall_id, origin, added_at_utc) "
          "VALUES (?, ?, ?, ?, 'sync', ?)")
        .bind(1, static_cast<qint64>(tickets::keyIdOf(key)))
        .bindBlob(2, key)
        .bind(3, id)
        .bind(4, hallId)
        .bind(5, now)
        .run();
}

void applyRevokedTicket(storage::Database &db, const v1::Change &change, const QString &id, qint64 now)
{
    QByteArray ticketId = QByteArray::fromHex(id.toLatin1());
    if (!change.deleted()) {
        const content::Record r = recordOf(change, QStringLiteral("revoked_tickets"), id);
        ticketId = QByteArray::fromHex(r.string(QStringLiteral("ticket_id")).toLatin1());
    }
    if (ticketId.size() != 16)
        throw badRecord(
            QStringLiteral("revoked_tickets"), id, QStringLiteral("ticket_id is not 32 hex digits"));
    if (change.deleted()) {
        db.prepare("DELETE FROM ticket_revocation WHERE ticket_id = ? AND origin = 'sync'")
            .bindBlob(1, ticketId)
            .run();
        return;
    }
    db.prepare("INSERT OR IGNORE INTO ticket_revocation(ticket_id, revoked_at_utc, reason, origin) "
               "VALUES (?, ?, 'withdrawn', 'sync')")
        .bindBlob(1, ticketId)
        .bind(2, now)
        .run();
}

// rooms, facilities, services (guides), events, notices: parsed as the content loader parses
// them, written in place.
bool applyCatalogRecord(storage::Database &db, const v1::Change &change, const QString &collection,
    const QString &id, const QDateTime &nowUtc, const QTimeZone &zone)
{
    const char *table = collection == u"rooms" ? "room"
        : collection == u"events"              ? "event"
        : collection == u"facilities"          ? "facility"
        : collection == u"services"            ? "service_guide"
                                               : "notice";
    if (change.deleted()) {
        db.prepare(std::string("DELETE FROM ") + table + " WHERE id = ?").bind(1, id).run();
        return false;
    }
    const content::Record r = recordOf(change, collection, id);
    if (collection == u"rooms") {
        content::Hall anyFloor; // the server checked the floor against its hall
        for (int floor = -3; floor <= 30; ++floor)
            anyFloor.floors.push_back(floor);
        content::upsertRoom(
            db, content::detail::parseRoom(r, anyFloor, idsOf(db, "SELECT id FROM facility")));
    } else if (collection == u"facilities") {
        content::upsertFacility(db, content::detail::parseFacility(r));
    } else if (collection == u"services") {
        content::upsertGuide(db, content::detail::parseGuide(r, idsOf(db, "SELECT id FROM room")));
    } else if (collection == u"events") {
        content::upsertEvent(
            db, content::detail::parseEvent(r, idsOf(db, "SELECT id FROM room")), nowUtc, zone);
    } else {
        content::upsertNotice(db, content::detail::parseNotice(r), nowUtc, zone);
    }
    return true;
}

// A staff member as the kiosk stores one: the PIN only as the Argon2id hash it verifies. A
// tombstone disables the row (its audit entries keep naming it) and frees its card.
void applyStaff(storage::Database &db, const v1::Change &change, const QString &id)
{
    if (change.deleted()) {
        db.prepare("UPDATE staff SET active = 0, card = NULL, pin_hash = '' WHERE id = ?").bind(1, id).run();
        return;
    }
    const content::Record r = recordOf(change, QStringLiteral("staff"), id);
    if (r.has(QStringLiteral("pin")))
        r.fail(QStringLiteral("it carries a PIN in the clear; only \"pin_hash\" is accepted"));
    const QString name = r.string(QStringLiteral("name"));
    const QString roleText = r.string(QStringLiteral("role"));
    const auto role = maintenance::roleFromName(roleText);
    if (!role)
        r.fail(
            QStringLiteral("\"role\" must be operator, canteen or administrator, not \"%1\"").arg(roleText));
    const QString pinHash = r.string(QStringLiteral("pin_hash"));
    if (!pinHash.startsWith(QLatin1String("$argon2id$")))
        r.fail(QStringLiteral("\"pin_hash\" is not an Argon2id hash"));
    const QString card = r.string(QStringLiteral("card"), content::Need::Optional);
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6,20}$"));
    if (!card.isEmpty() && !digits.match(card).hasMatch())
        r.fail(QStringLiteral("\"card\" must be 6 to 20 digits"));
    if (!card.isEmpty()) {
        auto other = db.prepare("SELECT count(*) FROM staff WHERE card = ? AND id <> ?");
        other.bind(1, card).bind(2, id);
        other.step();
        if (other.integer(0) > 0)
            r.fail(QStringLiteral("its \"card\" belongs to another staff member"));
    }
    auto q = db.prepare("INSERT INTO staff(id, name, role, card, pin_hash, active) VALUES (?, ?, ?, ?, ?, 1) "
                        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, "
                        "card = excluded.card, pin_hash = excluded.pin_hash, active = 1");
    q.bind(1, id).bind(2, name).bind(3, maintenance::roleName(*role));
    card.isEmpty() ? q.bindNull(4) : q.bind(4, card);
    q.bind(5, pinHash);
    q.run();
}

// One canteen with its menu: the place as the content loader writes it, then the menus as the
// canteen loader parses them.
void applyCanteen(storage::Database &db, const v1::Change &change, const QString &id, const QDateTime &nowUtc)
{
    if (change.deleted()) { // the place stays for the orders that name it; nothing more is sold
        canteen::closeCanteen(db, id);
        return;
    }
    const content::Record r = recordOf(change, QStringLiteral("canteen"), id);
    content::upsertCanteen(db, content::detail::parseCanteen(r, idsOf(db, "SELECT id FROM room")));
    canteen::applyCanteenRecord(
        db, r, QJsonDocument::fromJson(QByteArray::fromStdString(change.record())).object(), nowUtc);
}

// The hall's settings (sync/central_settings.h) sit beside the database, in the data directory.
void applyConfig(const storage::Database &db, const v1::Change &change)
{
    if (db.path().isEmpty() || db.path() == u":memory:")
        return; // a scratch database has no data directory to keep them in
    const QString dataDir = QFileInfo(db.path()).absolutePath();
    if (change.deleted()) {
        removeCentralSettings(dataDir);
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(change.record()));
    if (!doc.isObject())
        throw badRecord(QStringLiteral("config"), fromStd(change.id()), QStringLiteral("not a JSON object"));
    const CentralSettingsWritten written = writeCentralSettings(dataDir, doc.object());
    qCInfo(lcSync).noquote() << "the hall's settings from the central, for the next start:"
                             << written.taken.join(u", ");
    if (!written.ignored.isEmpty())
        qCWarning(lcSync).noquote() << "settings a kiosk does not take from its hall, left out:"
                                    << written.ignored.join(u", ");
}

} // namespace

ChangesApplied applyChanges(storage::Database &db, const v1::SyncResponse &response, const QDateTime &nowUtc)
{
    ChangesApplied applied;
    const QTimeZone zone = hallZone(db);
    const qint64 now = nowUtc.toSecsSinceEpoch();
    for (const v1::Change &change : response.changes()) {
        const QString collection = fromStd(change.collection());
        const QString id = fromStd(change.id());
        if (id.isEmpty() || id.size() > 200)
            throw badRecord(collection, id.left(40), QStringLiteral("no usable id"));
        try {
            if (collection == u"rooms" || collection == u"events" || collection == u"notices"
                || collection == u"facilities" || collection == u"services") {
                applyCatalogRecord(db, change, collection, id, nowUtc, zone);
                applied.catalogChanged = true;
            } else if (collection == u"hall" && !change.deleted()) {
                const content::Record r = recordOf(change, collection, id);
                if (!content::updateHall(db, content::detail::parseHallRecord(r))) {
                    ++applied.skipped;
                    qCWarning(lcSync).noquote()
                        << "the server sent hall" << id << "which is not this kiosk's hall";
                    continue;
                }
            } else if (collection == u"canteen") {
                applyCanteen(db, change, id, nowUtc);
                applied.catalogChanged = true;
            } else if (collection == u"residents") {
                if (change.deleted())
                    wipeResident(db, id);
                else
                    upsertResident(db, recordOf(change, collection, id));
            } else if (collection == u"kiosk_keys") {
                applyKioskKey(db, change, id, now);
            } else if (collection == u"revoked_tickets") {
                applyRevokedTicket(db, change, id, now);
            } else if (collection == u"staff") {
                applyStaff(db, change, id);
            } else if (collection == u"config") {
                applyConfig(db, change);
            } else {
                ++applied.skipped;
                if (!applied.skippedCollections.contains(collection))
                    applied.skippedCollections << collection.left(40);
                continue;
            }
        } catch (const content::ContentError &e) {
            throw badRecord(collection, id, e.problem());
        }
        change.deleted() ? ++applied.deleted : ++applied.written;
    }
    if (applied.skipped > 0)
        qCInfo(lcSync).noquote() << "skipped" << applied.skipped << "changes of collections not taken yet:"
                                 << applied.skippedCollections.join(u", ");
    if (applied.catalogChanged)
        information::rebuildSearchIndexInTransaction(db);
    return applied;
}

} // namespace linli::sync
