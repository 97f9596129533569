#include "today_controller.h"

#include "booking/pending_bookings.h"
#include "canteen/menu.h"
#include "core/clock.h"
#include "hall_format.h"
#include "language_controller.h"
#include "maintenance/staff_actions.h"
#include "maintenance_backend.h"
#include "storage/storage_error.h"

using linli::canteen::MealPeriod;

namespace {

QString mealName(MealPeriod period)
{
    switch (period) {
    case MealPeriod::Breakfast:
        return TodayController::tr("Breakfast");
    case MealPeriod::Lunch:
        return TodayController::tr("Lunch");
    case MealPeriod::Dinner:
        return TodayController::tr("Dinner");
    }
    return {};
}

} // namespace

TodayController::TodayController(QObject *parent)
    : StaffScreen(parent)
    , m_dishes(StaffDishRow::staticMetaObject)
    , m_pending(PendingBookingRow::staticMetaObject)
{
}

void TodayController::staffChanged()
{
    // Another staff member (or none, or another language) sees their own lists.
    read();
}

void TodayController::read()
{
    if (!maintenance() || !maintenance()->context().db)
        return;
    const KioskContext &c = maintenance()->context();
    const auto language = c.language->language();
    const HallFormat format(c.zone, *c.language);
    const qint64 now = c.clock->nowSecs();
    std::vector<StaffDishRow> dishes;
    std::vector<PendingBookingRow> pending;
    m_problem.clear();
    try {
        if (maintenance()->mayChangeMenu()) {
            const QDate today = QDateTime::fromSecsSinceEpoch(now, c.zone).date();
            for (MealPeriod period : { MealPeriod::Breakfast, MealPeriod::Lunch, MealPeriod::Dinner })
                for (const auto &offer : linli::canteen::menuFor(*c.db, today, period))
                    dishes.push_back(
                        { offer.id, mealName(period) + QStringLiteral(" · ") + offer.name.in(language),
                            offer.soldOut() ? tr("Sold out")
                                            : tr("%1 of %2 left").arg(offer.left()).arg(offer.quota),
                            offer.soldOut(), offer.quota, offer.taken });
        }
        if (maintenance()->mayDecideBookings())
            for (const auto &b : linli::booking::pendingBookings(*c.db, now))
                pending.push_back(
                    { b.id, b.roomName.in(language), format.when(b.startUtc, b.endUtc), b.code });
    } catch (const linli::storage::StorageError &) {
        m_problem = tr("Today's lists cannot be read just now.");
    }
    m_dishes.reset(dishes);
    m_pending.reset(pending);
    emit changed();
}

void TodayController::markSoldOut(const QString &offerId)
{
    run([&](linli::maintenance::StaffActions &a) { return a.markSoldOut(maintenance()->staff(), offerId); },
        QT_TR_NOOP("Marked sold out. Residents see it at once."), true);
}

void TodayController::changeQuota(const QString &offerId, int quota)
{
    run(
        [&](linli::maintenance::StaffActions &a) {
            return a.changeQuota(maintenance()->staff(), offerId, quota);
        },
        QT_TR_NOOP("Quota changed. Residents see it at once."), true);
}

void TodayController::approve(const QString &bookingId)
{
    run(
        [&](linli::maintenance::StaffActions &a) {
            return a.approveBooking(maintenance()->staff(), bookingId);
        },
        QT_TR_NOOP("Booking approved."), false);
}

void TodayController::reject(const QString &bookingId)
{
    run(
        [&](linli::maintenance::StaffActions &a) {
            return a.rejectBooking(maintenance()->staff(), bookingId);
        },
        QT_TR_NOOP("Booking rejected. The resident sees why under My bookings."), false);
}

void TodayController::run(const std::function<linli::Outcome(linli::maintenance::StaffActions &)> &command,
    const char *done, bool menu)
{
    if (!maintenance() || !maintenance()->context().db)
        return;
    const KioskContext &c = maintenance()->context();
    linli::maintenance::StaffActions actions(*c.db, *c.clock, linli::HallTime(c.zone));
    const linli::Outcome outcome = command(actions);
    m_message = outcome.ok ? tr(done) : outcome.reason.in(c.language->language());
    if (outcome.ok)
        maintenance()->announceChange(menu);
    read();
}
