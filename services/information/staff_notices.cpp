#include "information/staff_notices.h"

#include "booking/outbox.h"
#include "information/search.h"
#include "storage/database.h"

namespace linli::information {

namespace {

Result<QString> refuse(const QString &zh, const QString &en)
{
    return Result<QString>::refuse({ zh, en });
}

} // namespace

Result<QString> postStaffNotice(
    storage::Database &db, const HallTime &time, const StaffNotice &notice, qint64 nowUtc)
{
    const QString title = notice.title.simplified(), body = notice.body.trimmed();
    const QDate today = time.localDate(nowUtc);
    if (title.isEmpty())
        return refuse(
            QStringLiteral("请填写通知的标题。"), QStringLiteral("Please write a title for the notice."));
    if (title.size() > kNoticeTitleMax)
        return refuse(QStringLiteral("标题最多%1个字。").arg(kNoticeTitleMax),
            QStringLiteral("The title may have at most %1 characters.").arg(kNoticeTitleMax));
    if (body.size() > kNoticeBodyMax)
        return refuse(QStringLiteral("正文最多%1个字。").arg(kNoticeBodyMax),
            QStringLiteral("The text may have at most %1 characters.").arg(kNoticeBodyMax));
    if (!notice.lastDay.isValid() || notice.lastDay < today || notice.lastDay > today.addDays(kNoticeDaysMax))
        return refuse(QStringLiteral("通知只能显示到今天起%1天内的某一天。").arg(kNoticeDaysMax),
            QStringLiteral("A notice can be shown until a day within %1 days from today.")
                .arg(kNoticeDaysMax));
    const QString id = QStringLiteral("staff-") + booking::newUuid();
    const qint64 until = time.utcOf(notice.lastDay, 1440);
    const int priority = notice.urgent ? 2 : 1;
    db.prepare("INSERT INTO notice(id, priority, title_zh, title_en, body_zh, body_en, valid_from_utc, "
               "valid_until_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, priority)
        .bind(3, title)
        .bind(4, title)
        .bind(5, body)
        .bind(6, body)
        .bind(7, nowUtc)
        .bind(8, until)
        .run();
    rebuildSearchIndexInTransaction(db);
    booking::writeOutbox(db, QStringLiteral("notice.posted"), nowUtc,
        { { QStringLiteral("notice_id"), id }, { QStringLiteral("priority"), priority },
            { QStringLiteral("title"), title }, { QStringLiteral("body"), body },
            { QStringLiteral("valid_from_utc"), nowUtc }, { QStringLiteral("valid_until_utc"), until } });
    return Result<QString>::success(id);
}

} // namespace linli::information
