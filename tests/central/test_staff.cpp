// Staff from the central's staff.json reach the hall's kiosks with their PINs as Argon2id
// hashes only; a bad staff record refuses the whole import.
#include "central_harness.h"
#include "core/clock.h"
#include "maintenance/staff_sign_in.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/transaction.h"
#include "store/central_store.h"
#include "sync/catalog_changes.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace linli;
using namespace linli::test;

namespace {

const QString kHall = QStringLiteral("hall-changzhengqiao");

QJsonArray readStaff(const QString &dir)
{
    QFile f(dir + QStringLiteral("/staff.json"));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).array();
}

void writeStaff(const QString &dir, const QJsonArray &staff)
{
    QFile f(dir + QStringLiteral("/staff.json"));
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(QJsonDocument(staff).toJson());
}

} // namespace

TEST(CentralStaff, StaffImportedAtTheCentralSignInAtAKioskWithCardAndPin)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const v1::SyncResponse all = kiosk.sync(kiosk.request());
    v1::SyncResponse staffOnly;
    staffOnly.set_schema_version(1);
    for (const v1::Change &c : all.changes())
        if (c.collection() == "staff") {
            const QString record = QString::fromStdString(c.record());
            EXPECT_FALSE(record.contains(QStringLiteral("\"pin\""))) << record.toStdString();
            EXPECT_FALSE(record.contains(QStringLiteral("246810"))) << "a PIN never travels";
            EXPECT_TRUE(record.contains(QStringLiteral("\"pin_hash\":\"$argon2id$v=19$")))
                << record.toStdString();
            *staffOnly.add_changes() = c;
        }
    ASSERT_EQ(staffOnly.changes_size(), 3);

    storage::Database db = storage::Database::openInMemory();
    storage::migrate(db, storage::bundledMigrations());
    ManualClock clock(QDateTime(QDate(2027, 3, 2), QTime(2, 0), QTimeZone::utc()));
    {
        storage::Transaction tx(db);
        EXPECT_EQ(sync::applyChanges(db, staffOnly, clock.nowUtc()).written, 3);
        tx.commit();
    }
    const QTimeZone zone("Asia/Shanghai");
    const auto signedIn
        = maintenance::signInStaff(db, clock, zone, QStringLiteral("9900000001"), QStringLiteral("246810"));
    ASSERT_TRUE(signedIn.ok);
    EXPECT_EQ(signedIn.value.id, QStringLiteral("staff-op"));
    EXPECT_EQ(signedIn.value.role, maintenance::StaffRole::Operator);
    EXPECT_FALSE(
        maintenance::signInStaff(db, clock, zone, QStringLiteral("9900000001"), QStringLiteral("900900")).ok)
        << "another member's PIN does not open this card";
}

TEST(CentralStaff, AnUnchangedStaffFileIsNoChangeAndAGoneMemberATombstone)
{
    TempDir dir;
    copyDemoContent(dir.path());
    CentralProcess central(dir.path());
    const CommandRun again = runCentral(central.db(), { QStringLiteral("import"), dir.path() });
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 added, 0 changed, 0 removed")))
        << again.out.toStdString();

    QJsonArray staff = readStaff(dir.path());
    staff.removeAt(0);
    writeStaff(dir.path(), staff);
    const CommandRun removed = runCentral(central.db(), { QStringLiteral("import"), dir.path() });
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(removed.out.contains(QStringLiteral("0 added, 0 changed, 1 removed")))
        << removed.out.toStdString();
    EXPECT_FALSE(central.store().record(kHall, QStringLiteral("staff"), QStringLiteral("staff-op")));
}

TEST(CentralStaff, ABadStaffRecordRefusesTheWholeImportInBothLanguages)
{
    TempDir dir;
    copyDemoContent(dir.path());
    CentralProcess central(dir.path());
    const auto before = central.store().catalog(kHall);
    const QJsonArray good = readStaff(dir.path());
    const auto refused = [&](const char *field, const QJsonValue &value, const char *said) {
        QJsonArray staff = good;
        QJsonObject member = staff[1].toObject();
        member.insert(QLatin1String(field), value);
        staff[1] = member;
        staff.append(QJsonObject{ { QStringLiteral("id"), QStringLiteral("staff-new") },
            { QStringLiteral("name"), QStringLiteral("新同事") },
            { QStringLiteral("role"), QStringLiteral("operator") },
            { QStringLiteral("card"), QStringLiteral("9900000099") },
            { QStringLiteral("pin"), QStringLiteral("121212") } });
        writeStaff(dir.path(), staff);
        const CommandRun run = runCentral(central.db(), { QStringLiteral("import"), dir.path() });
        EXPECT_EQ(run.exitCode, 1) << field;
        EXPECT_TRUE(run.err.contains(QStringLiteral("导入被拒绝"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("Import refused, nothing changed")))
            << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String(said))) << run.err.toStdString();
        const auto after = central.store().catalog(kHall);
        ASSERT_EQ(after.size(), before.size()) << field;
        for (size_t i = 0; i < after.size(); ++i)
            EXPECT_EQ(after[i].json, before[i].json) << field;
    };
    refused("role", QStringLiteral("janitor"), "role");
    refused("pin", QStringLiteral("12345"), "6 digits");
    refused("card", QStringLiteral("99-00"), "card");
    refused("pin_hash", QStringLiteral("135790"), "Argon2id");
}
