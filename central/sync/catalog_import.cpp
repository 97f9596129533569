#include "sync/catalog_import.h"

#include "booking/booking_content.h"
#include "canteen/canteen_content.h"
#include "content/content_error.h"
#include "content/demo_loader.h"
#include "maintenance/staff.h"
#include "residents/pin_hash.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storage_error.h"
#include "store/central_store.h"
#include "sync/resources.h"
#include "tickets/key_registry.h"

#include <algorithm>
#include <map>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace linli::central {

namespace {

// The collections an import owns (a record missing from the folder is removed), and their files,
// in the order their changes are logged.
struct Source {
    const char *collection;
    const char *file;
};
constexpr Source kSources[] = { { "hall", "hall.json" }, { "facilities", "facilities.json" },
    { "rooms", "rooms.json" }, { "services", "services.json" }, { "events", "events.json" },
    { "notices", "notices.json" }, { "residents", "residents.json" }, { "staff", "staff.json" },
    { "canteen", "canteen.json" }, { "config", "config.json" } };

LocalizedText refusal(const QString &what)
{
    return { QStringLiteral("导入被拒绝，没有任何改动：%1").arg(what),
        QStringLiteral("Import refused, nothing changed: %1").arg(what) };
}

// Loading the folder into a scratch kiosk database runs every check a kiosk makes.
void validateAsKiosk(const QString &dir, const QDateTime &nowUtc)
{
    try {
        storage::Database scratch = storage::Database::openInMemory();
        storage::migrate(scratch, storage::bundledMigrations());
        content::loadDemoContentIfEmpty(scratch, dir, nowUtc);
        booking::loadDemoBookingContent(scratch, dir, residents::PinCost::Cheap);
        canteen::loadDemoCanteenContent(scratch, dir, nowUtc);
        tickets::loadDemoKioskKeys(scratch, dir, nowUtc.toSecsSinceEpoch());
        maintenance::loadDemoStaff(scratch, dir, residents::PinCost::Cheap);
    } catch (const content::ContentError &e) {
        throw ImportRefused(refusal(QString::fromUtf8(e.what())));
    } catch (const storage::StorageError &e) {
        throw ImportRefused(refusal(QString::fromUtf8(e.what())));
    }
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// collection -> id -> record (canonical compact JSON: QJsonObject keeps keys sorted).
using Catalog = std::map<QString, std::map<QString, QByteArray>>;

Catalog readFolder(const QString &dir)
{
    Catalog out;
    for (const Source &s : kSources) {
        QFile file(QDir(dir).filePath(QLatin1String(s.file)));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            throw ImportRefused(refusal(QStringLiteral("cannot read %1").arg(file.fileName())));
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{ doc.object() };
        auto &records = out[QLatin1String(s.collection)];
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QString id = s.collection == std::string_view("config")
                ? QStringLiteral("config")
                : o.value(QLatin1String("id")).toString();
            if (id.isEmpty() || records.count(id))
                throw ImportRefused(refusal(
                    QStringLiteral("%1: a record without a unique \"id\"").arg(QLatin1String(s.file))));
            records[id] = compact(o);
        }
    }
    QFile keys(QDir(dir).filePath(QStringLiteral("kiosks.json")));
    if (keys.open(QIODevice::ReadOnly)) {
        for (const QJsonValue &v : QJsonDocument::fromJson(keys.readAll()).array()) {
            const QJsonObject o = v.toObject(); // the public part only: never a demo seed
            out[QStringLiteral("kiosk_keys")][o.value(QLatin1String("id")).toString()]
                = compact({ { QStringLiteral("id"), o.value(QLatin1String("id")) },
                    { QStringLiteral("public_key"), o.value(QLatin1String("public_key")) } });
        }
    }
    return out;
}

QString storedPinHash(const std::map<QString, QByteArray> &stored, const QString &id)
{
    const auto it = stored.find(id);
    return it == stored.end()
        ? QString()
        : QJsonDocument::fromJson(it->second).object().value(QLatin1String("pin_hash")).toString();
}

// A PIN (a resident's, a staff member's) never reaches the database or the wire: it becomes the
// Argon2id hash the kiosk stores ("pin_hash"). The stored hash is kept while the PIN still
// verifies against it, so an unchanged record is no change (a fresh salt every import would be one).
void hashPins(const QString &file, std::map<QString, QByteArray> &records,
    const std::map<QString, QByteArray> &stored, residents::PinCost cost)
{
    for (auto &[id, json] : records) {
        QJsonObject o = QJsonDocument::fromJson(json).object();
        const QString given = o.value(QLatin1String("pin_hash")).toString();
        if (o.contains(QLatin1String("pin_hash")) && !given.startsWith(QLatin1String("$argon2id$")))
            throw ImportRefused(
                refusal(QStringLiteral("%1 %2: \"pin_hash\" is not an Argon2id hash").arg(file, id)));
        if (!o.contains(QLatin1String("pin")))
            continue;
        const QString pin = o.take(QLatin1String("pin")).toString();
        if (!pin.isEmpty()) {
            const QString was = storedPinHash(stored, id);
            const QString hash = residents::verifyPin(pin, was) ? was : residents::hashPin(pin, cost);
            if (hash.isEmpty())
                throw ImportRefused(refusal(QStringLiteral("%1 %2: could not hash the PIN").arg(file, id)));
            o.insert(QStringLiteral("pin_hash"), hash);
        }
        json = compact(o);
    }
}

// What the kiosk's staff loader leaves to the card reader: a card is the digits a reader gives.
void checkStaffCards(const std::map<QString, QByteArray> &staff)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6,20}$"));
    for (const auto &[id, json] : staff) {
        const QJsonValue card = QJsonDocument::fromJson(json).object().value(QLatin1String("card"));
        if (!card.isUndefined() && !card.isNull() && !digits.match(card.toString()).hasMatch())
            throw ImportRefused(
                refusal(QStringLiteral("staff.json %1: \"card\" must be 6 to 20 digits").arg(id)));
    }
}

void apply(CentralStore &store, const QString &hallId, Catalog &folder, ImportReport &report,
    residents::PinCost pinCost)
{
    Catalog current;
    for (const CatalogRecord &r : store.catalog(hallId))
        current[r.collection][r.id] = r.json;
    if (const auto people = folder.find(QStringLiteral("residents")); people != folder.end())
        hashPins(
            QStringLiteral("residents.json"), people->second, current[QStringLiteral("residents")], pinCost);
    if (const auto staff = folder.find(QStringLiteral("staff")); staff != folder.end()) {
        checkStaffCards(staff->second);
        hashPins(QStringLiteral("staff.json"), staff->second, current[QStringLiteral("staff")], pinCost);
    }
    // In kSources order: a kiosk applies changes in seq order, and a record may name the records
    // of a collection before it (a room its facilities, a canteen its room and residents).
    std::vector<const Catalog::value_type *> order;
    for (const Source &s : kSources)
        if (const auto it = folder.find(QLatin1String(s.collection)); it != folder.end())
            order.push_back(&*it);
    for (const auto &entry : folder)
        if (std::find(order.begin(), order.end(), &entry) == order.end())
            order.push_back(&entry);
    for (const auto *entry : order)
        for (const auto &[id, json] : entry->second) {
            const QString &collection = entry->first;
            const auto &was = current[collection];
            const auto it = was.find(id);
            if (it != was.end() && it->second == json) {
                ++report.unchanged;
                continue;
            }
            ++(it == was.end() ? report.added : report.changed);
            store.putRecord(hallId, { collection, id, json }, false);
        }
    for (const Source &s : kSources) {
        const QString collection = QLatin1String(s.collection);
        const auto present = folder.find(collection);
        for (const auto &[id, json] : current[collection]) {
            if (present != folder.end() && present->second.count(id))
                continue;
            ++report.removed;
            store.putRecord(hallId, { collection, id, {} }, true);
            if (collection == u"events")
                store.setQuota(resources::eventSeats(id), hallId, 0);
        }
    }
    if (const auto events = folder.find(QStringLiteral("events")); events != folder.end())
        for (const auto &[id, json] : events->second)
            store.setQuota(resources::eventSeats(id), hallId,
                static_cast<int>(
                    QJsonDocument::fromJson(json).object().value(QLatin1String("capacity")).toInteger(0)));
}

} // namespace

ImportReport importCatalog(
    CentralStore &store, const QString &dir, const QDateTime &nowUtc, residents::PinCost pinCost)
{
    if (!QFile::exists(QDir(dir).filePath(QStringLiteral("hall.json"))))
        throw ImportRefused(refusal(QStringLiteral("%1 has no hall.json").arg(dir)));
    validateAsKiosk(dir, nowUtc);
    Catalog folder = readFolder(dir);
    const QJsonObject hall
        = QJsonDocument::fromJson(folder.at(QStringLiteral("hall")).begin()->second).object();
    ImportReport report;
    report.hallId = hall.value(QLatin1String("id")).toString();
    store.begin(Durability::Durable);
    try {
        store.upsertHall(
            report.hallId, hall.value(QLatin1String("timezone")).toString(QStringLiteral("Asia/Shanghai")));
        apply(store, report.hallId, folder, report, pinCost);
        store.commit();
    } catch (...) {
        store.rollback();
        throw;
    }
    return report;
}

} // namespace linli::central
