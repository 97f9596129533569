// A notice typed by staff at the kiosk: shown at once (urgent ones among the home screen's
// notices), found by search, until the end of the chosen day; a bad one is refused and
// changes nothing.
#include "catalog_fixture.h"
#include "information/hall.h"
#include "information/staff_notices.h"
#include "storage/transaction.h"

namespace linli::information::test {
namespace {

class StaffNoticeTest : public CatalogTest {
protected:
    Result<QString> post(const StaffNotice &n)
    {
        storage::Transaction tx(db);
        auto r = postStaffNotice(db, HallTime(QTimeZone("Asia/Shanghai")), n, clock.nowSecs());
        tx.commit();
        return r;
    }
    int notices()
    {
        auto q = db.prepare("SELECT count(*) FROM notice");
        q.step();
        return q.integer(0);
    }
    const QDate today{ 2026, 11, 22 };
};

TEST_F(StaffNoticeTest, AnUrgentNoticeShowsAtOnceUntilTheEndOfItsLastDay)
{
    const auto posted = post(
        { QStringLiteral("  今天下午电梯检修  "), QStringLiteral("请走楼梯。"), true, today.addDays(1) });
    ASSERT_TRUE(posted.ok) << posted.reason.en.toStdString();
    const auto urgent = activeNotices(db, clock.nowSecs(), NoticePriority::Urgent);
    ASSERT_FALSE(urgent.empty());
    EXPECT_EQ(urgent.front().id, posted.value);
    EXPECT_EQ(urgent.front().title.zh, QStringLiteral("今天下午电梯检修"));
    EXPECT_EQ(urgent.front().title.en, urgent.front().title.zh) << "residents read it in either language";
    // Midnight after 23 November, Shanghai.
    EXPECT_EQ(urgent.front().validUntilUtc,
        QDateTime(QDate(2026, 11, 23), QTime(16, 0), QTimeZone::utc()).toSecsSinceEpoch());
    EXPECT_TRUE(ids(find(QStringLiteral("电梯检修"))).contains(posted.value));
    auto q = db.prepare("SELECT count(*) FROM outbox WHERE kind = 'notice.posted'");
    q.step();
    EXPECT_EQ(q.integer(0), 1);
}

TEST_F(StaffNoticeTest, ANormalNoticeIsNotOnTheHomeScreen)
{
    const auto posted = post({ QStringLiteral("周五包饺子"), {}, false, today });
    ASSERT_TRUE(posted.ok);
    for (const Notice &n : activeNotices(db, clock.nowSecs(), NoticePriority::Urgent))
        EXPECT_NE(n.id, posted.value);
    bool listed = false;
    for (const Notice &n : activeNotices(db, clock.nowSecs(), NoticePriority::Info))
        listed = listed || n.id == posted.value;
    EXPECT_TRUE(listed);
}

TEST_F(StaffNoticeTest, EmptyOrLongTitleLongBodyAndBadDaysAreRefused)
{
    const int before = notices();
    const auto empty = post({ QStringLiteral("   "), QStringLiteral("正文"), true, today });
    EXPECT_FALSE(empty.ok);
    EXPECT_EQ(empty.reason.en, QStringLiteral("Please write a title for the notice."));
    EXPECT_FALSE(empty.reason.zh.isEmpty());
    EXPECT_FALSE(post({ QString(kNoticeTitleMax + 1, u'字'), {}, false, today }).ok);
    EXPECT_TRUE(post({ QString(kNoticeTitleMax, u'字'), {}, false, today }).ok);
    EXPECT_FALSE(post({ QStringLiteral("标题"), QString(kNoticeBodyMax + 1, u'字'), false, today }).ok);
    EXPECT_FALSE(post({ QStringLiteral("标题"), {}, false, today.addDays(-1) }).ok);
    EXPECT_FALSE(post({ QStringLiteral("标题"), {}, false, today.addDays(kNoticeDaysMax + 1) }).ok);
    EXPECT_FALSE(post({ QStringLiteral("标题"), {}, false, QDate() }).ok);
    EXPECT_EQ(notices(), before + 1);
}

} // namespace
} // namespace linli::information::test
