#include "notice_controller.h"

#include "core/clock.h"
#include "hall_format.h"
#include "language_controller.h"
#include "maintenance/hall_actions.h"
#include "maintenance_backend.h"

NoticeController::NoticeController(QObject *parent)
    : StaffScreen(parent)
{
}

void NoticeController::staffChanged()
{
    // Another staff member or language: no message of the last one's stays.
    m_message.clear();
    emit changed();
}

QStringList NoticeController::spanLabels() const
{
    return { tr("Today"), tr("Tomorrow"), tr("1 week"), tr("2 weeks"), tr("1 month") };
}

QString NoticeController::until(int daysAhead) const
{
    if (!maintenance())
        return {};
    const KioskContext &c = maintenance()->context();
    const QDate today = linli::HallTime(c.zone).localDate(c.clock->nowSecs());
    return tr("Shown until the end of %1.")
        .arg(HallFormat(c.zone, *c.language).date(today.addDays(daysAhead)));
}

bool NoticeController::post(const QString &title, const QString &body, bool urgent, int daysAhead)
{
    if (!maintenance() || !maintenance()->context().db)
        return false;
    const KioskContext &c = maintenance()->context();
    const linli::HallTime time(c.zone);
    const QDate lastDay = time.localDate(c.clock->nowSecs()).addDays(daysAhead);
    linli::maintenance::HallActions actions(*c.db, *c.clock, time);
    const linli::Outcome done = actions.postNotice(maintenance()->staff(), { title, body, urgent, lastDay });
    m_message = done.ok ? (urgent ? tr("Notice posted. It is on the home screen now.")
                                  : tr("Notice posted. It is under Notices now."))
                        : done.reason.in(c.language->language());
    if (done.ok)
        maintenance()->announceNotice();
    emit changed();
    return done.ok;
}
