#include "my_bookings_controller.h"

#include "booking/booking_rules.h"
#include "booking/reasons.h"
#include "language_controller.h"
#include "resident_session.h"

using namespace linli::booking;

MyBookingsController::MyBookingsController(QObject *parent)
    : BookingScreen(parent)
    , m_items(MyItemRow::staticMetaObject)
{
}

QString MyBookingsController::message() const
{
    if (!booking())
        return {};
    const linli::Language language = backend().language().language();
    switch (m_said) {
    case Said::Cancelled:
        return tr("Cancelled.");
    case Said::CheckedIn:
        return tr("You are checked in. Enjoy!");
    case Said::Refused:
        return m_refusal.in(language);
    case Said::Nothing:
        break;
    }
    return m_pausedUntil.isValid() ? reasons::paused(m_pausedUntil).in(language) : QString();
}

namespace {
QString roomStatus(const BookingRecord &b, linli::Language language)
{
    switch (b.status) {
    case BookingStatus::Pending:
        return MyBookingsController::tr("Waiting for staff approval");
    case BookingStatus::CheckedIn:
        return MyBookingsController::tr("Checked in");
    case BookingStatus::Confirmed:
        return MyBookingsController::tr("Confirmed");
    case BookingStatus::Rejected:
        return MyBookingsController::tr("Not approved: %1").arg(b.reason.in(language));
    case BookingStatus::Released:
        return MyBookingsController::tr("Released: not checked in on time");
    case BookingStatus::Cancelled: // with a reason only when the hall cancelled it
        return b.reason.isEmpty() ? MyBookingsController::tr("Cancelled")
                                  : MyBookingsController::tr("Cancelled: %1").arg(b.reason.in(language));
    }
    return {};
}
} // namespace

void MyBookingsController::read()
{
    std::vector<MyItemRow> rows;
    m_pausedUntil = {};
    ResidentSession &session = backend().session();
    if (!session.active()) {
        m_items.reset(rows);
        return;
    }
    const QString who = session.residentId();
    const linli::Language language = backend().language().language();
    const qint64 now = backend().now();
    const HallFormat &format = backend().format();
    RoomBooking bookings = backend().rooms();
    bookings.releaseNoShows();
    // Upcoming first; then what became of bookings no longer on (rejected by staff, released as
    // a no-show): the resident was promised to see the answer here.
    for (const auto &list : { bookings.upcoming(who), bookings.recentlyEnded(who) })
        for (const BookingRecord &b : list)
            rows.push_back({ Kind::Room, b.id, b.roomName.in(language), format.when(b.startUtc, b.endUtc),
                b.code, roomStatus(b, language), cancellable(b, now), checkInOpen(b, now) });
    if (const qint64 until = bookings.pausedUntil(who); until > 0)
        m_pausedUntil = backend().time().localDate(until - 1);
    for (const EventSeats &e : backend().events().upcoming(who))
        rows.push_back(
            { Kind::Activity, e.eventId, e.title.in(language), format.when(e.startUtc, e.endUtc), {},
                e.myStatus == SignUpStatus::Confirmed ? tr("Signed up")
                                                      : tr("Waiting list: number %1").arg(e.myWaitPosition),
                cancellable(e, now), false });
    // A seat the service centre refused after the kiosk gave it: the resident reads why here.
    for (const linli::booking::RefusedSeat &r : backend().events().recentlyRefused(who))
        rows.push_back({ Kind::Activity, r.eventId, r.title.in(language), format.when(r.startUtc, r.endUtc),
            {}, tr("Not confirmed: %1").arg(r.reason.in(language)), false, false });
    m_items.reset(rows);
}

void MyBookingsController::forgetResident()
{
    m_said = Said::Nothing;
    m_refusal = {};
}

bool MyBookingsController::cancel(MyBookingsController::Kind kind, const QString &itemId)
{
    ResidentSession &session = backend().session();
    if (!ready() || !session.active())
        return false;
    const linli::Outcome result = kind == Activity ? backend().events().cancel(session.residentId(), itemId)
                                                   : backend().rooms().cancel(session.residentId(), itemId);
    m_said = result.ok ? Said::Cancelled : Said::Refused;
    m_refusal = result.reason;
    backend().announceChange();
    backend().announceAnswer(result.ok);
    return result.ok;
}

bool MyBookingsController::checkIn(const QString &bookingId)
{
    if (!ready() || !backend().session().active())
        return false;
    const linli::Outcome result = backend().rooms().checkIn(bookingId);
    m_said = result.ok ? Said::CheckedIn : Said::Refused;
    m_refusal = result.reason;
    backend().announceChange();
    backend().announceAnswer(result.ok);
    return result.ok;
}
