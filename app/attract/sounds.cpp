#include "sounds.h"

#include "attract/attract_schedule.h"
#include "core/clock.h"

#include <algorithm>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>

namespace {

SoundPlayer *g_current = nullptr;

const char *const kFiles[]
    = { "qrc:/linli/sounds/tap.wav", "qrc:/linli/sounds/success.wav", "qrc:/linli/sounds/error.wav" };

} // namespace

SoundPlayer::SoundPlayer(const linli::Clock &clock, QTimeZone zone,
    const linli::attract::AttractSettings &settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_zone(std::move(zone))
    , m_quietFrom(settings.quietFrom)
    , m_quietTo(settings.quietTo)
    , m_volume(settings.volume)
{
    g_current = this;
    // Loaded now, so that the first tap sounds at once; a kiosk box without a sound card (or a
    // test machine) has no effects and stays silent.
    if (!QMediaDevices::audioOutputs().isEmpty())
        for (int sound = 0; sound < SoundCount; ++sound) {
            m_effects[sound] = new QSoundEffect(this);
            m_effects[sound]->setSource(QUrl(QString::fromLatin1(kFiles[sound])));
            m_effects[sound]->setVolume(float(m_volume) / 100.0f);
        }
}

SoundPlayer::~SoundPlayer()
{
    if (g_current == this)
        g_current = nullptr;
}

SoundPlayer *SoundPlayer::current()
{
    return g_current;
}

void SoundPlayer::setVolume(int percent)
{
    percent = std::clamp(percent, 0, 100);
    if (percent == m_volume)
        return;
    m_volume = percent;
    for (QSoundEffect *effect : m_effects)
        if (effect)
            effect->setVolume(float(m_volume) / 100.0f);
    emit changed();
}

QString SoundPlayer::lastSound() const
{
    static const char *const names[] = { "tap", "success", "error", "" };
    return QString::fromLatin1(names[m_last]);
}

bool SoundPlayer::quietNow() const
{
    return linli::attract::quietAt(m_clock.nowUtc().toTimeZone(m_zone).time(), m_quietFrom, m_quietTo);
}

bool SoundPlayer::play(Sound sound)
{
    if (m_volume == 0 || quietNow())
        return false;
    ++m_sounded;
    m_last = sound;
    emit changed();
    if (m_effects[sound])
        m_effects[sound]->play();
    return true;
}
