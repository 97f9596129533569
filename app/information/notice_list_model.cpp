#include "notice_list_model.h"

#include "core/clock.h"
#include "core/logging.h"
#include "hall_format.h"
#include "language_controller.h"
#include "storage/storage_error.h"

#include <algorithm>

NoticeListModel::NoticeListModel(linli::storage::Database *db, const linli::Clock &clock,
    const LanguageController &language, linli::information::NoticePriority minPriority, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_language(language)
    , m_minPriority(minPriority)
{
    m_nextChange.setSingleShot(true);
    connect(&m_nextChange, &QTimer::timeout, this, &NoticeListModel::refresh);
    connect(&language, &LanguageController::changed, this, [this] {
        if (!m_notices.empty())
            emit dataChanged(index(0), index(rowCount() - 1));
    });
    refresh();
}

int NoticeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notices.size());
}

QVariant NoticeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &notice = m_notices[static_cast<size_t>(index.row())];
    switch (role) {
    case TitleRole:
        return notice.title.in(m_language.language());
    case BodyRole:
        return notice.body.in(m_language.language());
    case UrgentRole:
        return notice.priority == linli::information::NoticePriority::Urgent;
    case NoticeIdRole:
        return notice.id;
    case PriorityRole: // 2 urgent, 1 normal, 0 info: the page labels and colours by it
        return static_cast<int>(notice.priority);
    case ValidityRole: // the last day it is shown, in the hall's zone
        // valid_until is the first instant it is no longer shown (usually midnight): show the day before.
        //: The last day a notice applies (%1, a full date: "Monday 30 November 2026").
        return tr("Until %1").arg(HallFormat(m_zone, m_language).date(notice.validUntilUtc - 1));
    default:
        return {};
    }
}

QHash<int, QByteArray> NoticeListModel::roleNames() const
{
    return { { TitleRole, "title" }, { BodyRole, "body" }, { UrgentRole, "urgent" },
        { NoticeIdRole, "noticeId" }, { PriorityRole, "priority" }, { ValidityRole, "validity" } };
}

void NoticeListModel::refresh()
{
    if (!m_db)
        return;
    const qint64 now = m_clock.nowSecs();
    std::vector<linli::information::Notice> notices;
    std::optional<qint64> next;
    try {
        notices = linli::information::activeNotices(*m_db, now, m_minPriority);
        next = linli::information::nextNoticeChange(*m_db, now);
    } catch (const linli::storage::StorageError &error) {
        qCWarning(lcCatalog) << "cannot read notices:" << error.what();
        return;
    }
    const bool countChanges = notices.size() != m_notices.size();
    beginResetModel();
    m_notices = std::move(notices);
    endResetModel();
    if (countChanges)
        emit countChanged();
    if (next) {
        // Cap the wait so a clock that jumps (NTP after a power cut) is noticed within the hour.
        const qint64 waitMs = std::clamp<qint64>((*next - now) * 1000 + 200, 200, 3600 * 1000);
        m_nextChange.start(static_cast<int>(waitMs));
    } else {
        m_nextChange.stop();
    }
}
