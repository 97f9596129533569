// The diagnostics bundle staff hand to the supplier: useful (status, configuration, logs) and
// free of personal data, though the database, the logs and the configuration it is built from
// hold residents' names, cards and phone numbers.
#include "booking/outbox.h"
#include "care/care_status.h"
#include "maintenance/diagnostics_bundle.h"
#include "unit/booking/booking_fixture.h"

#include <QDirIterator>
#include <QRegularExpression>

using linli::booking::test::BookingFixture;
using linli::maintenance::DiagnosticsInput;
using linli::maintenance::writeDiagnosticsBundle;

namespace {

void writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

class DiagnosticsBundleTest : public BookingFixture {
protected:
    DiagnosticsBundleTest()
    {
        // Personal data wherever a careless bundle would pick it up.
        writeFile(dir.file(QStringLiteral("logs/kiosk.log")),
            QStringLiteral("2026-11-22 09:58 printer timeout after 5000 ms\n"
                           "2026-11-22 09:59 card 3301050001 read for 张国明 (13800000001)\n"
                           "2026-11-22 10:00 unknown card 6222020200112233445 id 330105194803150012\n"
                           "2026-11-22 10:01 hall phone 0571-88123456, mobile +86 139 1234 5678\n"));
        writeFile(dir.file(QStringLiteral("kiosk.ini")),
            QStringLiteral("[kiosk]\nid=demo-kiosk-01\n[sync]\nserver_url=https://central.example\n"
                           "enrolment_code=S3CRET-ENROL\nsecret_key = AAAAsecretBBBB\n"));
        linli::care::CareStatus(dir.path())
            .record(QStringLiteral("nightly_failures"), QStringLiteral("retention: 李秀英 13800000002"),
                clock.nowUtc());
        linli::booking::writeOutbox(*db, QStringLiteral("booking.created"), 1,
            { { QStringLiteral("resident_phone"), QStringLiteral("13800000001") } });
        input.db = &*db;
        input.dataDir = dir.path();
        input.configFile = dir.file(QStringLiteral("kiosk.ini"));
        // What staff and the central set over it, each with a secret of its own.
        writeFile(dir.file(QStringLiteral("settings/override.ini")),
            QStringLiteral("[kiosk]\nidle_timeout_secs=120\n[sync]\nenrol_code=OVERRIDE-SECRET\n"));
        writeFile(dir.file(QStringLiteral("settings/central-settings.ini")),
            QStringLiteral("[sync]\ninterval_secs=300\ntoken=CENTRAL-SECRET\n"));
        input.overrideFile = dir.file(QStringLiteral("settings/override.ini"));
        input.logDir = dir.file(QStringLiteral("logs"));
        input.journal = [] { return QStringLiteral("linli-kiosk[42]: resident 王建华 signed in\n"); };
        input.version = QStringLiteral("1.2.3");
    }
    // Every file of the bundle, by name relative to it.
    QMap<QString, QString> files(const QString &bundle)
    {
        QMap<QString, QString> out;
        QDirIterator it(bundle, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            EXPECT_TRUE(f.open(QIODevice::ReadOnly));
            out.insert(QDir(bundle).relativeFilePath(f.fileName()), QString::fromUtf8(f.readAll()));
        }
        return out;
    }
    QStringList personalLiterals()
    {
        QStringList out;
        auto q = db->prepare(
            "SELECT name, card, phone FROM resident UNION ALL SELECT name, card, '' FROM staff");
        while (q.step())
            for (int c = 0; c < 3; ++c)
                if (!q.text(c).isEmpty())
                    out << q.text(c);
        return out;
    }
    DiagnosticsInput input;
};

} // namespace

TEST_F(DiagnosticsBundleTest, HoldsNoPhoneCardIdNumberOrName)
{
    const auto written = writeDiagnosticsBundle(input, dir.file(QStringLiteral("usb")), clock.nowUtc());
    ASSERT_TRUE(written.ok) << written.reason.en.toStdString();
    const auto bundle = files(written.value);
    ASSERT_GE(bundle.size(), 7);
    const QStringList literals = personalLiterals();
    ASSERT_GT(literals.size(), 10); // the demo hall's residents and staff
    const QRegularExpression mobile(QStringLiteral("1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}"));
    const QRegularExpression longNumber(QStringLiteral("\\d{9,}"));
    const QRegularExpression landline(QStringLiteral("0\\d{2,3}-\\d{7,8}"));
    for (auto [name, text] : bundle.asKeyValueRange()) {
        SCOPED_TRACE(name.toStdString());
        EXPECT_FALSE(mobile.match(text).hasMatch()) << mobile.match(text).captured().toStdString();
        EXPECT_FALSE(longNumber.match(text).hasMatch()) << longNumber.match(text).captured().toStdString();
        EXPECT_FALSE(landline.match(text).hasMatch());
        for (const QString &literal : literals)
            EXPECT_FALSE(text.contains(literal)) << literal.toStdString();
        EXPECT_FALSE(text.contains(u"王建华"));
        EXPECT_FALSE(text.contains(u"S3CRET") || text.contains(u"AAAAsecret"));
        EXPECT_FALSE(text.contains(u"OVERRIDE-SECRET") || text.contains(u"CENTRAL-SECRET"));
    }
}

TEST_F(DiagnosticsBundleTest, KeepsWhatTheSupplierNeeds)
{
    const auto written = writeDiagnosticsBundle(input, dir.file(QStringLiteral("usb")), clock.nowUtc());
    ASSERT_TRUE(written.ok);
    EXPECT_EQ(QFileInfo(written.value).fileName(), QStringLiteral("linli-diagnostics-20261122T020000Z"));
    const auto bundle = files(written.value);
    EXPECT_TRUE(bundle.value(QStringLiteral("status.txt")).contains(u"version: 1.2.3"));
    EXPECT_TRUE(bundle.value(QStringLiteral("status.txt")).contains(u"outbox waiting: "));
    EXPECT_TRUE(bundle.value(QStringLiteral("config.ini")).contains(u"server_url=https://central.example"));
    EXPECT_TRUE(bundle.value(QStringLiteral("config.ini")).contains(u"enrolment_code=***"));
    // The layers read over the INI: what the kiosk really runs with.
    EXPECT_TRUE(bundle.value(QStringLiteral("config-override.ini")).contains(u"idle_timeout_secs=120"));
    EXPECT_TRUE(bundle.value(QStringLiteral("config-central-settings.ini")).contains(u"interval_secs=300"));
    EXPECT_TRUE(bundle.value(QStringLiteral("logs/kiosk.log")).contains(u"printer timeout after 5000 ms"));
    EXPECT_TRUE(bundle.value(QStringLiteral("logs/journal.txt")).contains(u"signed in"));
    EXPECT_TRUE(bundle.value(QStringLiteral("outbox.txt")).contains(u"booking.created: "));
    EXPECT_TRUE(bundle.value(QStringLiteral("care-status.json")).contains(u"retention: "));
    EXPECT_TRUE(QDir(dir.file(QStringLiteral("usb")))
                    .entryList({ QStringLiteral("*.partial") }, QDir::Dirs)
                    .isEmpty());
}

TEST_F(DiagnosticsBundleTest, AnUnwritablePlaceIsRefusedWithAReasonAndLeavesNothing)
{
    writeFile(dir.file(QStringLiteral("not-a-dir")), QStringLiteral("x"));
    const auto written = writeDiagnosticsBundle(input, dir.file(QStringLiteral("not-a-dir")), clock.nowUtc());
    EXPECT_FALSE(written.ok);
    EXPECT_TRUE(written.reason.en.startsWith(u"Cannot write to"));
    EXPECT_FALSE(written.reason.zh.isEmpty());
}

TEST_F(DiagnosticsBundleTest, TheKiosksOwnExportFolderIsAlwaysOffered)
{
    const auto targets = linli::maintenance::exportTargets(dir.path());
    ASSERT_FALSE(targets.empty());
    EXPECT_EQ(targets.back().path, dir.file(QStringLiteral("exports")));
    EXPECT_FALSE(targets.back().removable);
}
