// Bad content is refused with an error naming the file, the record and the problem, and
// nothing is written.
#include "content/demo_loader.h"
#include "content_fixture.h"
#include "storage/storage_error.h"

namespace linli::content::test {
namespace {

struct Expected {
    const char *dir;
    const char *file;
    const char *recordId;
    const char *problem; // a part of the message
};

void PrintTo(const Expected &e, std::ostream *os)
{
    *os << e.dir;
}

class BadContentTest : public ContentDbTest, public ::testing::WithParamInterface<Expected> { };

TEST_P(BadContentTest, IsRefusedAndNothingIsWritten)
{
    const Expected &expected = GetParam();
    try {
        loadDemoContentIfEmpty(db, kBadDir + u'/' + QLatin1String(expected.dir), fixedNow());
        FAIL() << "no ContentError for " << expected.dir;
    } catch (const ContentError &e) {
        EXPECT_EQ(e.file(), QLatin1String(expected.file)) << e.what();
        EXPECT_EQ(e.recordId(), QLatin1String(expected.recordId)) << e.what();
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QLatin1String(expected.problem))) << e.what();
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QLatin1String(expected.file))) << e.what();
    }
    EXPECT_EQ(contentRows(), 0);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BadContentTest,
    ::testing::Values(
        Expected{ "missing_field", "facilities.json", "fac-nameless", "missing required field \"name\"" },
        Expected{ "unknown_category", "facilities.json", "fac-hospital", "unknown category \"hospital\"" },
        Expected{ "unknown_room", "events.json", "evt-lost", "unknown room \"room-nowhere\"" },
        Expected{ "broken_json", "services.json", "", "invalid JSON at line 5" },
        Expected{ "duplicate_id", "notices.json", "ntc-same", "duplicate id" },
        Expected{ "bad_time", "events.json", "evt-late", "\"25:00\", not a time" },
        Expected{ "overlapping_rooms", "rooms.json", "room-b", "overlaps room \"room-a\"" },
        Expected{ "missing_hall", "hall.json", "", "required" }),
    [](const ::testing::TestParamInfo<Expected> &param) { return std::string(param.param.dir); });

class MissingContentTest : public ContentDbTest { };

TEST_F(MissingContentTest, AMissingDirectoryIsNamed)
{
    const QString missing = kBadDir + QStringLiteral("/no_such_directory");
    try {
        loadDemoContentIfEmpty(db, missing, fixedNow());
        FAIL() << "no ContentError";
    } catch (const ContentError &e) {
        EXPECT_EQ(e.file(), missing);
        EXPECT_TRUE(e.problem().contains(QLatin1String("does not exist"))) << e.what();
    }
    EXPECT_EQ(contentRows(), 0);
}

class PartialContentTest : public ContentDbTest { };

TEST_F(PartialContentTest, OnlyTheHallIsRequired)
{
    const LoadReport report = loadDemoContentIfEmpty(db, kBadDir + QStringLiteral("/hall_only"), fixedNow());
    EXPECT_TRUE(report.loaded);
    EXPECT_EQ(
        report.facilities + report.rooms + report.canteens + report.guides + report.notices + report.events,
        0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM hall"), 1);
}

TEST_F(PartialContentTest, AStorageFailureHalfwayRollsEverythingBack)
{
    // A stray row makes the demo's own insert of the same id fail after the hall and the
    // facilities before it were written: the transaction must take them all back.
    db.exec("INSERT INTO service_guide (id, title_zh, title_en) VALUES ('svc-dibao', '旧', 'old')");
    EXPECT_THROW(loadDemoContentIfEmpty(db, kDemoDir, fixedNow()), storage::StorageError);
    EXPECT_EQ(contentRows(), 1);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM hall"), 0);
}

} // namespace
} // namespace linli::content::test
