#include "booking_desk.h"

#include "core/clock.h"
#include "core/logging.h"
#include "language_controller.h"
#include "resident_session.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <limits>
#include <QDateTime>
#include <QLocale>

using namespace linli::booking;

namespace {
const QStringList kZhWeekdays = { QStringLiteral("周一"), QStringLiteral("周二"), QStringLiteral("周三"),
    QStringLiteral("周四"), QStringLiteral("周五"), QStringLiteral("周六"), QStringLiteral("周日") };
constexpr int kDaysShown = 14;

} // namespace

BookingDesk::BookingDesk(linli::storage::Database *db, const linli::Clock &clock,
    const LanguageController &language, ResidentSession &session, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_language(language)
    , m_session(session)
    , m_roomsToday({ "roomId", "name", "capacity", "openNow", "freeNow", "freeLater", "nextFree",
          "closedReason", "closedToday", "approval" })
    , m_days({ "index", "label", "open", "selected" })
    , m_slotGrid({ "startUtc", "time", "state" })
    , m_myItems({ "kind", "itemId", "title", "when", "code", "status", "cancellable", "checkInOpen" })
{
    m_release.setInterval(60 * 1000);
    connect(&m_release, &QTimer::timeout, this, [this] {
        if (m_db && RoomBooking(*m_db, m_clock).releaseNoShows() > 0)
            rebuild();
    });
    m_release.start();
    connect(&language, &LanguageController::changed, this, &BookingDesk::rebuild);
    connect(&session, &ResidentSession::ended, this, &BookingDesk::wipeResident);
    connect(&session, &ResidentSession::endedByIdle, this, &BookingDesk::clearResult);
    // A new resident: their own status on the activity being looked at, and their promotions.
    connect(&session, &ResidentSession::started, this, [this] {
        if (!m_eventId.isEmpty())
            openEvent(m_eventId);
        // Their hours left this week may allow less than the length chosen before identifying.
        if (m_choice)
            m_slotCount = fitLength(m_slotCount);
        refreshMy();
    });
}

QString BookingDesk::text(const linli::LocalizedText &t) const
{
    return t.in(m_language.language());
}

QString BookingDesk::dayLabel(const QDate &day) const
{
    const QDate today = m_time.localDate(m_clock.nowSecs());
    const bool en = m_language.isEnglish();
    if (day == today)
        return en ? QStringLiteral("Today") : QStringLiteral("今天");
    if (day == today.addDays(1))
        return en ? QStringLiteral("Tomorrow") : QStringLiteral("明天");
    // Short enough for a day button at heading size: 周二 24日 / Tue 24 Nov.
    return en ? QLocale(QLocale::English).toString(day, QStringLiteral("ddd d MMM"))
              : QStringLiteral("%1 %2日").arg(kZhWeekdays[day.dayOfWeek() - 1]).arg(day.day());
}

QString BookingDesk::dateText(qint64 utc) const
{
    const QDate day = m_time.localDate(utc);
    return m_language.isEnglish()
        ? QLocale(QLocale::English).toString(day, QStringLiteral("dddd d MMMM yyyy"))
        : QStringLiteral("%1年%2月%3日（%4）")
              .arg(day.year())
              .arg(day.month())
              .arg(day.day())
              .arg(kZhWeekdays[day.dayOfWeek() - 1]);
}

QString BookingDesk::timeText(qint64 fromUtc, qint64 toUtc) const
{
    const auto hhmm = [this](qint64 t) {
        return QDateTime::fromSecsSinceEpoch(t, m_time.zone()).toString(QStringLiteral("HH:mm"));
    };
    return toUtc > fromUtc ? hhmm(fromUtc) + QStringLiteral("–") + hhmm(toUtc) : hhmm(fromUtc);
}

QString BookingDesk::lengthText(int minutes) const
{
    const int h = minutes / 60, m = minutes % 60;
    if (!m_language.isEnglish())
        return h > 0 && m > 0 ? QStringLiteral("%1小时%2分钟").arg(h).arg(m)
            : h > 0           ? QStringLiteral("%1小时").arg(h)
                              : QStringLiteral("%1分钟").arg(m);
    const QString hours = h == 1 ? QStringLiteral("1 hour") : QStringLiteral("%1 hours").arg(h);
    const QString mins = m == 1 ? QStringLiteral("1 minute") : QStringLiteral("%1 minutes").arg(m);
    return h > 0 && m > 0 ? hours + QLatin1Char(' ') + mins : h > 0 ? hours : mins;
}

void BookingDesk::refreshRoomsToday()
{
    if (!m_db)
        return;
    std::vector<QVariantHash> rows;
    try {
        for (const RoomToday &r : linli::booking::roomsToday(*m_db, m_time, m_clock.nowSecs()))
            rows.push_back({ { "roomId", r.roomId }, { "name", text(r.name) }, { "capacity", r.capacity },
                { "openNow", r.openNow }, { "freeNow", r.freeNow }, { "freeLater", r.freeLaterToday },
                { "nextFree", r.nextFreeUtc ? timeText(r.nextFreeUtc, 0) : QString() },
                { "closedReason", text(r.closedReason) }, { "closedToday", r.closedToday },
                { "approval", r.approvalRequired } });
    } catch (const linli::storage::StorageError &e) {
        qCWarning(lcBooking) << "cannot read availability:" << e.what();
    }
    m_roomsToday.reset(std::move(rows));
}

void BookingDesk::openRoom(const QString &roomId)
{
    // Re-reading the room on screen (after a booking or a cancel) keeps the day shown.
    const bool sameRoom = roomId == m_roomId && m_room.has_value();
    const int previousDay = m_dayIndex;
    if (roomId != m_roomId)
        m_choice.reset(); // a chosen time belongs to its room
    m_roomId = roomId;
    m_room.reset();
    if (m_db) {
        RoomBooking(*m_db, m_clock).releaseNoShows(); // a no-show's slot shows as free at once
        m_room = roomDays(*m_db, m_time, roomId, m_clock.nowSecs(), kDaysShown);
    }
    m_dayIndex = 0;
    if (sameRoom && m_room && previousDay < static_cast<int>(m_room->days.size()))
        m_dayIndex = previousDay;
    // Today may be over (after closing time): start on the first day with a free slot.
    else if (m_room)
        for (size_t i = 0; i < m_room->days.size(); ++i)
            if (std::any_of(m_room->days[i].times.begin(), m_room->days[i].times.end(),
                    [](const Slot &s) { return s.state == SlotState::Free; })) {
                m_dayIndex = static_cast<int>(i);
                break;
            }
    // The slots after the chosen one may have been taken meanwhile: never offer more than is free.
    if (m_choice)
        m_slotCount = fitLength(m_slotCount);
    rebuild();
}

void BookingDesk::selectDay(int index)
{
    if (!m_room || index < 0 || index >= static_cast<int>(m_room->days.size()))
        return;
    m_dayIndex = index;
    rebuild();
}

bool BookingDesk::choose(double startUtc)
{
    // The same time again (the confirm screen reopened after identifying) keeps its length.
    const bool again = m_choice && m_choice->startUtc == static_cast<qint64>(startUtc);
    m_choice.reset();
    m_result.reset();
    if (m_room && m_dayIndex < static_cast<int>(m_room->days.size()))
        for (const Slot &s : m_room->days[static_cast<size_t>(m_dayIndex)].times)
            if (s.startUtc == static_cast<qint64>(startUtc) && s.state == SlotState::Free)
                m_choice = s;
    m_slotCount = again && m_choice ? fitLength(m_slotCount) : 1;
    emit changed();
    return m_choice.has_value();
}

bool BookingDesk::chooseAt(const QString &roomId, double startUtc)
{
    if (roomId != m_roomId || !m_room)
        openRoom(roomId);
    if (m_room)
        for (size_t i = 0; i < m_room->days.size(); ++i)
            if (m_room->days[i].day == m_time.localDate(static_cast<qint64>(startUtc)))
                m_dayIndex = static_cast<int>(i);
    rebuild();
    return choose(startUtc);
}

BookingDesk::LengthLimit BookingDesk::lengthLimit() const
{
    LengthLimit limit;
    if (!m_room || !m_choice)
        return limit;
    const QDate day = m_time.localDate(m_choice->startUtc);
    for (const DayPlan &plan : m_room->days)
        if (plan.day == day)
            limit.freeRun = longestBookingFrom(m_room->room.rules, plan, m_choice->startUtc);
    limit.weeklyLeft = std::numeric_limits<int>::max(); // not known before identifying
    if (m_db && m_session.active()) {
        try {
            limit.weeklyLeft = RoomBooking(*m_db, m_clock)
                                   .weeklySlotsLeft(m_session.residentId(), m_roomId, m_choice->startUtc);
        } catch (const linli::storage::StorageError &e) {
            qCWarning(lcBooking) << "weekly hours unknown:" << e.what(); // book() checks again
        }
    }
    return limit;
}

int BookingDesk::fitLength(int count) const
{
    return std::clamp(count, 1, std::max(1, lengthLimit().most()));
}

QString BookingDesk::longerBlockedBy(const LengthLimit &limit) const
{
    if (limit.weeklyLeft < limit.freeRun)
        return QStringLiteral("week");
    if (!m_room || !m_choice || limit.freeRun >= m_room->room.rules.maxSlotsPerBooking)
        return QStringLiteral("limit");
    const qint64 next = m_choice->startUtc + limit.freeRun * m_room->room.rules.slotMinutes * 60LL;
    for (const DayPlan &plan : m_room->days)
        for (const Slot &s : plan.times)
            if (s.startUtc == next)
                return QStringLiteral("taken");
    return QStringLiteral("closed");
}

void BookingDesk::setSlotCount(int count)
{
    if (!m_choice)
        return;
    const int clamped = fitLength(count);
    if (clamped == m_slotCount)
        return;
    m_slotCount = clamped;
    emit changed();
}

bool BookingDesk::confirm()
{
    if (!m_db || !m_choice || !m_session.active())
        return false;
    m_result
        = RoomBooking(*m_db, m_clock).book(m_session.residentId(), m_roomId, m_choice->startUtc, m_slotCount);
    if (m_result->ok) {
        m_choice.reset();
        m_slotCount = 1;
        // A finished booking ends the session; the result screen shows no name.
        m_session.end();
    }
    openRoom(m_roomId); // the grid shows the new state either way
    return m_result->ok;
}

void BookingDesk::clearResult()
{
    m_result.reset();
    emit changed();
}
