#include "tickets/key_registry.h"

#include "content/json_file.h"
#include "content/json_record.h"
#include "information/hall.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "tickets/reasons.h"
#include "tickets/tickets_log.h"

#include <QDir>
#include <QRegularExpression>
#include <set>

namespace linli::tickets {

namespace {

const QString kKiosksFile = QStringLiteral("kiosks.json");

struct DemoKiosk {
    QString id;
    QByteArray publicKey;
    QByteArray seed; // empty: none
};

std::vector<DemoKiosk> readDemoKiosks(const QString &dir)
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-fA-F]{64}$"));
    std::vector<DemoKiosk> kiosks;
    std::set<quint32> keyIds;
    for (const content::Record &r : content::readRecords(dir, kKiosksFile)) {
        DemoKiosk k{ r.id(), QByteArray::fromBase64(r.string(QStringLiteral("public_key")).toLatin1()), {} };
        if (k.publicKey.size() != kPublicKeyBytes)
            r.fail(QStringLiteral("\"public_key\" must be 32 bytes in Base64"));
        const QString seed = r.string(QStringLiteral("demo_seed"), content::Need::Optional);
        if (!seed.isEmpty()) {
            if (!hex64.match(seed).hasMatch())
                r.fail(QStringLiteral("\"demo_seed\" must be 64 hexadecimal digits"));
            k.seed = QByteArray::fromHex(seed.toLatin1());
            if (SigningKey::fromSeed(k.seed).publicKey() != k.publicKey)
                r.fail(QStringLiteral("\"demo_seed\" does not make the key in \"public_key\""));
        }
        if (!keyIds.insert(keyIdOf(k.publicKey)).second)
            r.fail(QStringLiteral("\"public_key\" has the key id of another kiosk's key"));
        kiosks.push_back(std::move(k));
    }
    return kiosks;
}

qint64 count(storage::Database &db, std::string_view sql, const QString &arg = {})
{
    auto q = db.prepare(sql);
    if (!arg.isNull())
        q.bind(1, arg);
    return q.step() ? q.int64(0) : 0;
}

} // namespace

std::optional<QByteArray> publicKeyOf(storage::Database &db, quint32 keyId)
{
    auto q = db.prepare("SELECT public_key FROM ticket_key WHERE key_id = ?");
    q.bind(1, static_cast<qint64>(keyId));
    if (!q.step())
        return std::nullopt;
    return q.blob(0);
}

int loadDemoKioskKeys(storage::Database &db, const QString &dir, qint64 nowUtc)
{
    const auto hallFile = content::readJsonFile(dir, QStringLiteral("hall.json"));
    const QString hallId = hallFile ? hallFile->toObject().value(u"id").toString() : QString();
    if (hallId.isEmpty() || count(db, "SELECT count(*) FROM hall WHERE id = ?", hallId) == 0)
        return 0;
    if (count(db, "SELECT count(*) FROM ticket_key WHERE origin = 'content'") > 0)
        return 0;
    const std::vector<DemoKiosk> kiosks = readDemoKiosks(dir);
    storage::Transaction tx(db);
    for (const DemoKiosk &k : kiosks) {
        db.prepare(
              "INSERT OR IGNORE INTO ticket_key(key_id, public_key, kiosk_id, hall_id, origin, added_at_utc) "
              "VALUES (?, ?, ?, ?, 'content', ?)")
            .bind(1, static_cast<qint64>(keyIdOf(k.publicKey)))
            .bindBlob(2, k.publicKey)
            .bind(3, k.id)
            .bind(4, hallId)
            .bind(5, nowUtc)
            .run();
    }
    tx.commit();
    return static_cast<int>(kiosks.size());
}

QByteArray demoSeedFor(const QString &dir, const QString &kioskId)
{
    for (const DemoKiosk &k : readDemoKiosks(dir)) {
        if (k.id == kioskId)
            return k.seed;
    }
    return {};
}

KeyFile openKioskKey(storage::Database &db, const QString &dataDir, const QString &contentDir,
    const QString &kioskId, qint64 nowUtc)
{
    const QString path = QDir(dataDir).filePath(keyFileName());
    const bool exists = QFileInfo::exists(path) || QFileInfo(path).isSymLink();
    KeyFile opened = openOrCreateKeyFile(path, exists ? QByteArray() : demoSeedFor(contentDir, kioskId));
    const auto hall = information::loadHall(db);
    if (!opened.key || !hall)
        return opened;
    const SigningKey &key = *opened.key;
    storage::Transaction tx(db);
    db.prepare(
          "INSERT OR IGNORE INTO ticket_key(key_id, public_key, kiosk_id, hall_id, origin, added_at_utc) "
          "VALUES (?, ?, ?, ?, 'own', ?)")
        .bind(1, static_cast<qint64>(key.keyId()))
        .bindBlob(2, key.publicKey())
        .bind(3, kioskId)
        .bind(4, hall->id)
        .bind(5, nowUtc)
        .run();
    const auto stored = publicKeyOf(db, key.keyId());
    tx.commit();
    if (stored != key.publicKey()) {
        KeyFile clash;
        clash.problem = reasons::ownKeyClashes(key.keyId());
        qCCritical(lcTickets).noquote() << clash.problem.en;
        return clash;
    }
    return opened;
}

} // namespace linli::tickets
