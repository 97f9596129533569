#pragma once

#include "attract/attract_settings.h"

#include <array>
#include <QObject>
#include <QQmlEngine>
#include <QTimeZone>

class QSoundEffect;
namespace linli {
class Clock;
}

// The kiosk's short sounds (tap, success, error): at the [attract] volume, and none in the
// quiet hours (hall time, 21:00–07:00 by default) or at volume 0. Made by AttractBackend with
// the kiosk's clock; the QML singleton Sounds plays through it.
class SoundPlayer : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int volume READ volume WRITE setVolume NOTIFY changed)
    // How many sounds the rules let through (whether or not a speaker is attached): tests.
    Q_PROPERTY(int sounded READ sounded NOTIFY changed)
    // "tap", "success" or "error": the last that sounded ("" before any).
    Q_PROPERTY(QString lastSound READ lastSound NOTIFY changed)

public:
    enum Sound { Tap, Success, Error, SoundCount };
    SoundPlayer(const linli::Clock &clock, QTimeZone zone, const linli::attract::AttractSettings &settings,
        QObject *parent = nullptr);
    ~SoundPlayer() override;
    static SoundPlayer *current(); // the kiosk's, if there is one

    int volume() const { return m_volume; }
    void setVolume(int percent);
    int sounded() const { return m_sounded; }
    QString lastSound() const;
    bool quietNow() const;
    bool play(Sound sound); // whether it sounded

signals:
    void changed();

private:
    const linli::Clock &m_clock;
    QTimeZone m_zone;
    QTime m_quietFrom, m_quietTo;
    int m_volume;
    int m_sounded = 0;
    Sound m_last = SoundCount;
    std::array<QSoundEffect *, SoundCount> m_effects{}; // none without a speaker
};

// For every screen (a KioskButton's tap) without being handed anything: Sounds.tap().
class Sounds : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;
    // Each answers whether it sounded.
    Q_INVOKABLE bool tap() { return play(SoundPlayer::Tap); }
    Q_INVOKABLE bool success() { return play(SoundPlayer::Success); }
    Q_INVOKABLE bool error() { return play(SoundPlayer::Error); }

private:
    static bool play(SoundPlayer::Sound sound)
    {
        SoundPlayer *player = SoundPlayer::current();
        return player && player->play(sound);
    }
};
