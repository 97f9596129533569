#include "hall_clock.h"

#include "core/clock.h"
#include "language_controller.h"

HallClock::HallClock(
    const linli::Clock &clock, QTimeZone zone, const LanguageController &language, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_format(std::move(zone), language)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        emit changed();
        scheduleNextTick();
    });
    connect(&language, &LanguageController::changed, this, &HallClock::changed);
    scheduleNextTick();
}

QDateTime HallClock::localNow() const
{
    return m_clock.nowUtc().toTimeZone(m_format.zone());
}

QString HallClock::time() const
{
    return m_format.time(m_clock.nowSecs());
}

QString HallClock::date() const
{
    return m_format.date(m_clock.nowSecs());
}

void HallClock::scheduleNextTick()
{
    const int msIntoMinute = static_cast<int>(m_clock.nowUtc().toMSecsSinceEpoch() % 60000);
    m_timer.start(60000 - msIntoMinute + 50);
}
