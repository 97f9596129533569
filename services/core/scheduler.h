#pragma once

#include <chrono>
#include <functional>
#include <QObject>
#include <QString>
#include <QTimer>
#include <vector>

namespace linli {

class Clock;

// Periodic jobs (the release of no-shows, later sync and the nightly window) on the
// injectable clock, so tests move time instead of waiting for it. One thread: jobs run on the
// thread that calls runDue() (with start(), the one that owns the Scheduler).
//
// Time is the Clock's, which an NTP correction may move either way:
// - forward (or a kiosk that slept): a job that is due runs once, not once per missed
//   interval, and is re-armed from now;
// - back, to before the moment a job was armed: that job is re-armed from now, so it runs one
//   interval later instead of waiting for the old, now distant, due time. It never runs in a
//   burst and never stalls for longer than one interval.
class Scheduler : public QObject {
    Q_OBJECT

public:
    explicit Scheduler(const Clock &clock, QObject *parent = nullptr);

    // Runs `job` every `interval` of clock time, first once `interval` has passed. A second
    // job with the same name replaces the first. An interval under one second counts as one.
    void every(const QString &name, std::chrono::seconds interval, std::function<void()> job);
    // Runs every job that is due by the clock now (each at most once per call, then re-armed
    // from now); returns how many ran. A job that throws is logged and does not stop the others.
    int runDue();
    // Polls the clock with a QTimer (the kiosk: every second) and calls runDue().
    void start(std::chrono::milliseconds poll = std::chrono::seconds(1));
    void stop();
    bool isActive() const { return m_poll.isActive(); }

private:
    struct Job {
        QString name;
        std::chrono::seconds interval;
        std::function<void()> run;
        qint64 armedAt = 0; // clock seconds when last (re-)armed
        qint64 dueAt = 0; // armedAt + interval
    };

    const Clock &m_clock;
    std::vector<Job> m_jobs;
    QTimer m_poll;
};

} // namespace linli
