#include "booking_backend.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/scheduler.h"
#include "language_controller.h"
#include "resident_session.h"
#include "storage/storage_error.h"

#include <chrono>

using namespace linli::booking;

BookingBackend::BookingBackend(const KioskContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_time(context.zone)
    , m_format(context.zone, *context.language)
{
    connect(context.language, &LanguageController::changed, this, &BookingBackend::newsChanged);
    connect(context.session, &ResidentSession::started, this, &BookingBackend::takeNews);
    connect(context.session, &ResidentSession::ended, this, [this] {
        m_promotedTo.clear();
        emit newsChanged();
    });
    if (available() && context.scheduler)
        context.scheduler->every(QStringLiteral("release no-shows"), std::chrono::minutes(1), [this] {
            if (rooms().releaseNoShows() > 0)
                announceChange();
        });
}

RoomBooking BookingBackend::rooms() const
{
    return RoomBooking(*m_context.db, *m_context.clock, m_time);
}

EventSignUp BookingBackend::events() const
{
    return EventSignUp(*m_context.db, *m_context.clock);
}

qint64 BookingBackend::now() const
{
    return m_context.clock->nowSecs();
}

QString BookingBackend::news() const
{
    if (m_promotedTo.empty())
        return {};
    QStringList titles;
    for (const linli::LocalizedText &title : m_promotedTo)
        titles << tr("“%1”", "an activity's title in quotes").arg(title.in(language().language()));
    return tr("Good news: a place came free and you are now signed up for %1.")
        .arg(titles.join(tr(", ", "between activity titles")));
}

// Told once: the next visit does not repeat it, so it stays on screen for this session.
void BookingBackend::takeNews()
{
    if (!available())
        return;
    try {
        for (const EventSeats &e : events().takePromotions(session().residentId()))
            m_promotedTo.push_back(e.title);
        emit newsChanged();
    } catch (const linli::storage::StorageError &e) {
        qCWarning(lcBooking) << "cannot read waiting-list news:" << e.what();
    }
}
