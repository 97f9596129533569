#include "core/scheduler.h"

#include "core/clock.h"
#include "core/logging.h"

#include <algorithm>
#include <exception>

namespace linli {

Scheduler::Scheduler(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    connect(&m_poll, &QTimer::timeout, this, [this] { runDue(); });
}

void Scheduler::every(const QString &name, std::chrono::seconds interval, std::function<void()> job)
{
    interval = std::max(interval, std::chrono::seconds(1)); // never a job due on every poll
    const qint64 now = m_clock.nowSecs();
    Job armed{ name, interval, std::move(job), now, now + interval.count() };
    const auto same
        = std::find_if(m_jobs.begin(), m_jobs.end(), [&](const Job &j) { return j.name == name; });
    if (same != m_jobs.end())
        *same = std::move(armed);
    else
        m_jobs.push_back(std::move(armed));
    qCDebug(lcScheduler) << "every" << interval.count() << "s:" << name;
}

int Scheduler::runDue()
{
    const qint64 now = m_clock.nowSecs();
    int ran = 0;
    // By index, and each job's function copied before it runs: a job may call every(),
    // which may grow (and move) the list under it.
    for (size_t i = 0; i < m_jobs.size(); ++i) {
        Job &job = m_jobs[i];
        if (now < job.armedAt) { // the clock went back: re-arm from now rather than wait
            qCInfo(lcScheduler) << job.name << "re-armed: the clock went back" << job.armedAt - now << "s";
            job.armedAt = now;
            job.dueAt = now + job.interval.count();
            continue;
        }
        if (now < job.dueAt)
            continue;
        job.armedAt = now;
        job.dueAt = now + job.interval.count();
        const QString name = job.name;
        const std::function<void()> run = job.run;
        ++ran;
        qCDebug(lcScheduler) << "running" << name;
        try {
            run();
        } catch (const std::exception &e) {
            qCWarning(lcScheduler) << name << "failed:" << e.what();
        } catch (...) {
            qCWarning(lcScheduler) << name << "failed with an unknown exception";
        }
    }
    return ran;
}

void Scheduler::start(std::chrono::milliseconds poll)
{
    m_poll.start(poll);
}

void Scheduler::stop()
{
    m_poll.stop();
}

} // namespace linli
