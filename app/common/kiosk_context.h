#pragma once

#include "printing/printer_settings.h"

#include <QString>
#include <QTimeZone>

namespace linli {
class Clock;
class Scheduler;
namespace storage {
class Database;
}
namespace tickets {
class SigningKey;
}
namespace config {
struct KioskConfig;
}
} // namespace linli
class LanguageController;
class ResidentSession;

// What every capability's backend is built on, wired once in main.cpp (and by the QML tests'
// fixtures): the database (null when the kiosk is out of service), the clock, the hall's time
// zone, the language, the resident at the kiosk, the periodic jobs, and the content folder in
// which files that content names are found (a dish's picture); the kiosk's ticket key and id;
// the receipt printer its [printer] section names.
struct KioskContext {
    linli::storage::Database *db = nullptr;
    const linli::Clock *clock = nullptr;
    QTimeZone zone;
    LanguageController *language = nullptr;
    ResidentSession *session = nullptr;
    linli::Scheduler *scheduler = nullptr;
    QString contentDir{};
    const linli::tickets::SigningKey *ticketKey = nullptr; // this kiosk's, with the database
    QString kioskId{}; // config [kiosk] id: who admitted a ticket, in its outbox event
    QString checkInPlace{}; // config [checkin] place: the room or canteen a check-in kiosk serves
    linli::printing::PrinterSettings printer{}; // config [printer]: none unless configured
    QString dataDir{}; // the kiosk's state directory (the sync secret is there)
    const linli::config::KioskConfig *config = nullptr; // [sync] and the rest; null in QML tests
};
