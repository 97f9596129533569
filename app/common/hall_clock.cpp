#include "hall_clock.h"

#include "core/clock.h"
#include "language_controller.h"

#include <QLocale>

HallClock::HallClock(const linli::Clock &clock, QTimeZone zone, const LanguageController &language, QObject *parent)
    : QObject(parent), m_clock(clock), m_zone(std::move(zone)), m_language(language)
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
    return m_clock.nowUtc().toTimeZone(m_zone);
}

QString HallClock::time() const
{
    return localNow().toString(QStringLiteral("HH:mm"));
}

QString HallClock::date() const
{
    const QDate day = localNow().date();
    if (m_language.isEnglish())
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(day, QStringLiteral("dddd d MMMM yyyy"));
    return QLocale(QLocale::Chinese, QLocale::China).toString(day, QStringLiteral("yyyy年M月d日 dddd"));
}

void HallClock::scheduleNextTick()
{
    const int msIntoMinute = static_cast<int>(m_clock.nowUtc().toMSecsSinceEpoch() % 60000);
    m_timer.start(60000 - msIntoMinute + 50);
}
