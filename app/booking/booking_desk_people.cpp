// BookingDesk, second half: what the screens read (rebuilt on every change and language
// switch), activity sign-up, "My bookings", and wiping the resident's data.
#include "booking/reasons.h"
#include "booking_desk.h"
#include "core/clock.h"
#include "core/logging.h"
#include "language_controller.h"
#include "resident_session.h"
#include "storage/storage_error.h"

using namespace linli::booking;

namespace {
QString stateName(SlotState s)
{
    switch (s) {
    case SlotState::Free:
        return QStringLiteral("free");
    case SlotState::Taken:
        return QStringLiteral("taken");
    case SlotState::Past:
        return QStringLiteral("past");
    case SlotState::TooSoon:
        return QStringLiteral("soon");
    }
    return {};
}
} // namespace

void BookingDesk::rebuild()
{
    std::vector<QVariantHash> days, grid;
    if (m_room) {
        for (size_t i = 0; i < m_room->days.size(); ++i) {
            const DayPlan &d = m_room->days[i];
            days.push_back({ { "index", static_cast<int>(i) }, { "label", dayLabel(d.day) },
                { "open", d.open }, { "selected", static_cast<int>(i) == m_dayIndex } });
        }
        if (m_dayIndex < static_cast<int>(m_room->days.size()))
            for (const Slot &s : m_room->days[static_cast<size_t>(m_dayIndex)].times)
                grid.push_back({ { "startUtc", static_cast<double>(s.startUtc) },
                    { "time", timeText(s.startUtc, s.endUtc) }, { "state", stateName(s.state) } });
    }
    m_days.reset(std::move(days));
    m_slotGrid.reset(std::move(grid));
    refreshRoomsToday();
    if (m_session.active())
        refreshMy();
    emit changed();
}

QVariantMap BookingDesk::room() const
{
    if (!m_room)
        return { { "found", false } };
    const DayPlan *day = m_dayIndex < static_cast<int>(m_room->days.size())
        ? &m_room->days[static_cast<size_t>(m_dayIndex)]
        : nullptr;
    return { { "found", true }, { "name", text(m_room->room.rules.roomName) },
        { "capacity", m_room->room.rules.capacity }, { "approval", m_room->room.rules.approvalRequired },
        { "dayIndex", m_dayIndex }, { "dayOpen", day && day->open },
        { "closedReason", day ? text(day->closedReason) : QString() } };
}

QVariantMap BookingDesk::choice() const
{
    if (!m_choice || !m_room)
        return { { "valid", false } };
    const RoomRules &rules = m_room->room.rules;
    const qint64 endUtc = m_choice->startUtc + m_slotCount * rules.slotMinutes * 60LL;
    const LengthLimit limit = lengthLimit();
    return { { "valid", true }, { "roomName", text(rules.roomName) },
        { "date", dateText(m_choice->startUtc) }, { "time", timeText(m_choice->startUtc, endUtc) },
        { "approval", rules.approvalRequired }, { "name", m_session.maskedName() }, { "slots", m_slotCount },
        { "maxSlots", limit.most() }, { "roomMaxSlots", rules.maxSlotsPerBooking },
        { "length", lengthText(m_slotCount * rules.slotMinutes) },
        { "maxLength", lengthText(rules.maxSlotsPerBooking * rules.slotMinutes) },
        { "longerBlockedBy", longerBlockedBy(limit) } };
}

QVariantMap BookingDesk::result() const
{
    if (!m_result)
        return { { "shown", false } };
    const BookingRecord &b = m_result->booking;
    return { { "shown", true }, { "ok", m_result->ok }, { "pending", b.status == u"pending" },
        { "code", b.code }, { "roomName", text(b.roomName) },
        { "date", m_result->ok ? dateText(b.startUtc) : QString() },
        { "time", m_result->ok ? timeText(b.startUtc, b.endUtc) : QString() },
        { "message", text(m_result->reason) } };
}

void BookingDesk::openEvent(const QString &eventId)
{
    m_eventId = eventId;
    m_eventMessage = {};
    m_event = m_db ? EventSignUp(*m_db, m_clock).seats(eventId, m_session.residentId()) : std::nullopt;
    emit changed();
}

QVariantMap BookingDesk::event() const
{
    if (!m_event)
        return { { "found", false }, { "message", text(m_eventMessage) } };
    const EventSeats &e = *m_event;
    return { { "found", true }, { "title", text(e.title) }, { "place", text(e.place) },
        { "when", dateText(e.startUtc) + QLatin1Char(' ') + timeText(e.startUtc, e.endUtc) },
        { "capacity", e.capacity }, { "seatsLeft", std::max(0, e.capacity - e.taken) },
        { "waiting", e.waiting }, { "started", e.startUtc <= m_clock.nowSecs() }, { "myStatus", e.myStatus },
        { "myWaitPosition", e.myWaitPosition }, { "message", text(m_eventMessage) } };
}

bool BookingDesk::signUp(bool waitlist)
{
    if (!m_db || !m_session.active())
        return false;
    const SignUpResult r = EventSignUp(*m_db, m_clock)
                               .signUp(m_session.residentId(), m_eventId,
                                   waitlist ? SignUpMode::SeatOrWaitlist : SignUpMode::SeatOnly);
    m_eventMessage = r.reason;
    const linli::LocalizedText keep = m_eventMessage;
    openEvent(m_eventId);
    m_eventMessage = keep;
    emit changed();
    return r.ok;
}

bool BookingDesk::cancelSignUp()
{
    if (!m_db || !m_session.active())
        return false;
    const Outcome r = EventSignUp(*m_db, m_clock).cancel(m_session.residentId(), m_eventId);
    openEvent(m_eventId);
    m_eventMessage = r.reason;
    emit changed();
    return r.ok;
}

void BookingDesk::refreshMy()
{
    std::vector<QVariantHash> rows;
    if (m_db && m_session.active()) {
        const QString who = m_session.residentId();
        try {
            RoomBooking bookings(*m_db, m_clock);
            bookings.releaseNoShows();
            const qint64 now = m_clock.nowSecs();
            const bool en = m_language.isEnglish();
            for (const BookingRecord &b : bookings.upcoming(who)) {
                const QString status = b.status == u"pending"
                    ? (en ? "Waiting for staff approval" : "等待工作人员审核")
                    : b.status == u"checked_in" ? (en ? "Checked in" : "已签到")
                                                : (en ? "Confirmed" : "已确认");
                rows.push_back({ { "kind", "room" }, { "itemId", b.id }, { "title", text(b.roomName) },
                    { "when", dateText(b.startUtc) + QLatin1Char(' ') + timeText(b.startUtc, b.endUtc) },
                    { "code", b.code }, { "status", status }, { "cancellable", b.status != u"checked_in" },
                    { "checkInOpen",
                        b.status == u"confirmed" && now >= b.startUtc - kCheckInWindowSecs
                            && now <= b.startUtc + kCheckInWindowSecs } });
            }
            // What became of bookings that are no longer on (rejected by staff, released as a
            // no-show): the resident was promised to see the answer here.
            for (const BookingRecord &b : bookings.recentlyEnded(who)) {
                const QString status = b.status == u"rejected"
                    ? (en ? QStringLiteral("Not approved: %1") : QStringLiteral("未获批准：%1"))
                          .arg(text(b.reason))
                    : (en ? QStringLiteral("Released: not checked in on time")
                          : QStringLiteral("已释放：没有按时签到"));
                rows.push_back({ { "kind", "room" }, { "itemId", b.id }, { "title", text(b.roomName) },
                    { "when", dateText(b.startUtc) + QLatin1Char(' ') + timeText(b.startUtc, b.endUtc) },
                    { "code", b.code }, { "status", status }, { "cancellable", false },
                    { "checkInOpen", false } });
            }
            if (const qint64 until = bookings.pausedUntil(who); until > 0)
                m_myMessage = linli::booking::reasons::paused(m_time.localDate(until - 1));
            EventSignUp signUps(*m_db, m_clock);
            for (const EventSeats &e : signUps.upcoming(who)) {
                const QString status = e.myStatus == u"confirmed"
                    ? (en ? QStringLiteral("Signed up") : QStringLiteral("已报名"))
                    : (en ? QStringLiteral("Waiting list: number %1") : QStringLiteral("候补第%1位"))
                          .arg(e.myWaitPosition);
                rows.push_back({ { "kind", "event" }, { "itemId", e.eventId }, { "title", text(e.title) },
                    { "when", dateText(e.startUtc) + QLatin1Char(' ') + timeText(e.startUtc, e.endUtc) },
                    { "code", QString() }, { "status", status }, { "cancellable", e.startUtc > now },
                    { "checkInOpen", false } });
            }
            std::vector<EventSeats> promoted = signUps.takePromotions(who);
            if (!promoted.empty()) {
                QStringList zh, en2;
                for (const EventSeats &e : promoted) {
                    zh << QStringLiteral("“%1”").arg(e.title.zh); // titles may hold a colon
                    en2 << QStringLiteral("“%1”").arg(e.title.en);
                }
                m_promotions
                    = { QStringLiteral("好消息：有人取消了，您已从候补转为正式报名%1。").arg(zh.join(u'、')),
                          QStringLiteral("Good news: a place came free and you are now signed up for %1.")
                              .arg(en2.join(QStringLiteral(", "))) };
            }
        } catch (const linli::storage::StorageError &e) {
            qCWarning(lcBooking) << "cannot read my bookings:" << e.what();
        }
    }
    m_myItems.reset(std::move(rows));
    emit changed();
}

QVariantMap BookingDesk::my() const
{
    return { { "message", text(m_myMessage) }, { "promotions", text(m_promotions) } };
}

bool BookingDesk::cancelItem(const QString &kind, const QString &id)
{
    if (!m_db || !m_session.active())
        return false;
    const Outcome r = kind == u"event" ? EventSignUp(*m_db, m_clock).cancel(m_session.residentId(), id)
                                       : RoomBooking(*m_db, m_clock).cancel(m_session.residentId(), id);
    m_myMessage
        = r.ok ? linli::LocalizedText{ QStringLiteral("已取消。"), QStringLiteral("Cancelled.") } : r.reason;
    refreshMy();
    if (!m_roomId.isEmpty())
        openRoom(m_roomId);
    return r.ok;
}

bool BookingDesk::checkIn(const QString &bookingId)
{
    if (!m_db || !m_session.active())
        return false;
    const Outcome r = RoomBooking(*m_db, m_clock).checkIn(bookingId);
    m_myMessage = r.ok ? linli::LocalizedText{ QStringLiteral("签到成功，祝您活动愉快！"),
        QStringLiteral("You are checked in. Enjoy!") }
                       : r.reason;
    refreshMy();
    return r.ok;
}

void BookingDesk::wipeResident()
{
    m_myItems.clear();
    m_choice.reset();
    m_slotCount = 1;
    m_myMessage = m_promotions = m_eventMessage = {};
    if (m_event) {
        m_event->myStatus.clear();
        m_event->myWaitPosition = 0;
    }
    emit changed();
}
