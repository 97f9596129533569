#include "screen_harness.h"

#include "capabilities.h"
#include "hall_clock.h"
#include "kiosk.h"
#include "kiosk_window.h"
#include "notice_list_model.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QQuickWindow>
#include <QTimer>

ScreenHarness::ScreenHarness(const QString &contentDir)
    : m_clock(QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate))
{
    linli::startup::DatabaseSetup setup;
    setup.dataDir = m_dir.path();
    setup.contentDir = contentDir;
    setup.pinCost = linli::residents::PinCost::Cheap;
    m_db = linli::startup::openKioskDatabase(setup, m_clock.nowUtc());
    if (!m_db.ok())
        qFatal("%s", qPrintable(m_db.outOfServiceReason.en));
    linli::storage::Database *d = &*m_db.database;
    m_language.setLanguage(linli::Language::Chinese);
    Kiosk::Parts parts;
    parts.hall = linli::information::loadHall(*d);
    const QTimeZone zone = parts.hall->timeZone;
    parts.language = &m_language;
    parts.clock = new HallClock(m_clock, zone, m_language, &m_engine);
    parts.urgentNotices
        = new NoticeListModel(d, m_clock, m_language, linli::information::NoticePriority::Urgent, &m_engine);
    m_scheduler = std::make_unique<linli::Scheduler>(m_clock);
    // An idle timeout longer than any run, so a signed-in benchmark stays signed in.
    m_session = std::make_unique<ResidentSession>(d, m_clock, zone, m_language, 3600);
    parts.session = m_session.get();
    m_kiosk = std::make_unique<Kiosk>(std::move(parts));
    addCapabilities(*m_kiosk,
        KioskContext{ d, &m_clock, zone, &m_language, m_session.get(), m_scheduler.get(), contentDir,
            &*m_db.ticketKey, setup.kioskId });
    m_window = linli::bench::showKioskWindow(m_engine, m_language, *m_kiosk);
    waitForFrame();
}

ScreenHarness::~ScreenHarness() = default;

void ScreenHarness::waitForFrame()
{
    QEventLoop loop;
    QObject::connect(m_window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    loop.exec();
}

double ScreenHarness::openMs(const QString &route)
{
    QElapsedTimer timer;
    timer.start();
    if (!QMetaObject::invokeMethod(m_window, "go", Q_ARG(QString, route), Q_ARG(int, 0)))
        qFatal("Main.qml has no go(route, operation)");
    waitForFrame();
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QMetaObject::invokeMethod(m_window, "go", Q_ARG(QString, QStringLiteral("home")), Q_ARG(int, 0));
    waitForFrame();
    return ms;
}

void ScreenHarness::identifyCard(const QString &card)
{
    m_session->identifyCard(card);
    if (!m_session->active())
        qFatal("card %s identifies nobody", qPrintable(card));
    waitForFrame(); // a card read on the home screen opens My bookings: back home
    QMetaObject::invokeMethod(m_window, "go", Q_ARG(QString, QStringLiteral("home")), Q_ARG(int, 0));
    waitForFrame();
}
