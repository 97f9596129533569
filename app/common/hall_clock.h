#pragma once

#include "hall_format.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QTimeZone>

namespace linli {
class Clock;
}
class LanguageController;

// The hall's local date and time for the top bar, in the hall's time zone whatever the
// machine's, ticking on the minute; written by HallFormat like every other date on screen.
class HallClock : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString time READ time NOTIFY changed)
    Q_PROPERTY(QString date READ date NOTIFY changed)

public:
    HallClock(const linli::Clock &clock, QTimeZone zone, const LanguageController &language,
        QObject *parent = nullptr);

    QString time() const;
    QString date() const;
    QDateTime localNow() const;

signals:
    void changed();

private:
    void scheduleNextTick();

    const linli::Clock &m_clock;
    HallFormat m_format;
    QTimer m_timer;
};
