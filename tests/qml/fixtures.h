#pragma once

#include "booking_backend.h"
#include "canteen_backend.h"
#include "catalog_facade.h"
#include "core/clock.h"
#include "core/scheduler.h"
#include "kiosk.h"
#include "language_controller.h"
#include "startup/kiosk_database.h"
#include "tickets_backend.h"

#include <memory>
#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>

// Real backend objects for QML tests: the demo hall in a temporary database, a clock
// stopped at Sunday 2026-11-22 10:00 in Shanghai, and the kiosk facade built on them.
class Fixtures : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Kiosk *kiosk READ kiosk CONSTANT)
    Q_PROPERTY(LanguageController *language READ language CONSTANT)
    Q_PROPERTY(BookingBackend *booking READ booking CONSTANT)
    Q_PROPERTY(Catalog *information READ information CONSTANT)
    Q_PROPERTY(CanteenBackend *canteen READ canteen CONSTANT)
    Q_PROPERTY(TicketsBackend *tickets READ tickets CONSTANT)
    // Every demo dish's picture, as the canteen screens are given it (file URLs).
    Q_PROPERTY(QStringList dishPictures READ dishPictures CONSTANT)

public:
    explicit Fixtures(QObject *parent = nullptr);
    ~Fixtures() override;
    Kiosk *kiosk() const { return m_kiosk.get(); }
    LanguageController *language() const;
    BookingBackend *booking() const;
    Catalog *information() const;
    CanteenBackend *canteen() const;
    TicketsBackend *tickets() const;
    QStringList dishPictures();

    // Moves the stopped clock, e.g. past a notice's end.
    Q_INVOKABLE void advanceClockSecs(int secs);
    // A guide with only its required fields, to check screens render it cleanly.
    Q_INVOKABLE void addBareGuide(const QString &id);
    // The kitchen changes a meal offer while a resident is choosing it.
    Q_INVOKABLE void changeMealPrice(const QString &offerId, int priceFen);
    Q_INVOKABLE void takeMealOffTheMenu(const QString &offerId);
    Q_INVOKABLE int mealOrderCount();
    // 张国明's booking of the dance room, Monday 23 November 15:00-16:00 (or from another
    // hour): its id, empty when the hour is taken.
    Q_INVOKABLE QString bookDanceRoom(int hour = 15);
    // Receipts the kiosk's printer (the file backend, into a folder of the fixture's) wrote.
    Q_INVOKABLE int receiptCount() const;
    // A file of the demo content folder, as a URL.
    Q_INVOKABLE QUrl contentFile(const QString &name) const;

private:
    QTemporaryDir m_dir;
    linli::ManualClock m_clock;
    linli::startup::KioskDatabase m_db;
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<linli::Scheduler> m_scheduler;
    std::unique_ptr<ResidentSession> m_session;
    std::unique_ptr<Kiosk> m_kiosk;
    mutable bool m_attached = false;
};
