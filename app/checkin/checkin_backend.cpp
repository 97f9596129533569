#include "checkin_backend.h"

#include "language_controller.h"
#include "storage/database.h"
#include "tickets/tickets_log.h"

#include <optional>

namespace {

// The room or canteen named by [checkin] place, with its name for "already used at <place>".
std::optional<linli::tickets::CheckInPoint> findPlace(linli::storage::Database &db, const QString &id)
{
    for (const char *sql : { "SELECT name_zh, name_en FROM room WHERE id = ?",
             "SELECT name_zh, name_en FROM canteen WHERE id = ?" }) {
        auto q = db.prepare(sql);
        q.bind(1, id);
        if (q.step())
            return linli::tickets::CheckInPoint{ id, { q.text(0), q.text(1) } };
    }
    return std::nullopt;
}

} // namespace

CheckinBackend::CheckinBackend(const KioskContext &context, const QString &placeId, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    openAt(placeId);
    if (context.language)
        connect(context.language, &LanguageController::changed, this, &CheckinBackend::placeChanged);
}

bool CheckinBackend::openAt(const QString &placeId)
{
    if (!m_context.db || !m_context.ticketKey || placeId.isEmpty())
        return false;
    try {
        const auto point = findPlace(*m_context.db, placeId);
        if (!point) {
            qCWarning(lcTickets).noquote()
                << "check-in place" << placeId << "is no room or canteen of this hall";
            return false;
        }
        m_desk.reset();
        if (!m_office)
            m_office.emplace(*m_context.db, *m_context.clock, *m_context.ticketKey, m_context.kioskId);
        if (!m_rooms)
            m_rooms.emplace(*m_context.db, *m_context.clock, linli::HallTime(m_context.zone));
        m_desk.emplace(*m_context.db, *m_office, *m_rooms, *point);
    } catch (const std::exception &e) {
        qCWarning(lcTickets) << "check-in place could not be read:" << e.what();
        return false;
    }
    emit placeChanged();
    return true;
}

QString CheckinBackend::placeName() const
{
    return m_desk ? m_desk->point().placeName.in(m_context.language->language()) : QString();
}

linli::checkin::CheckInOutcome CheckinBackend::scanned(const QString &text)
{
    return m_desk->scanned(text);
}

linli::checkin::CheckInOutcome CheckinBackend::typed(const QString &code)
{
    return m_desk->typed(code);
}
