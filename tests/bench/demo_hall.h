#pragma once

// The demo hall as a kiosk opens it, with its own ticket key, at a fixed instant: one database
// per benchmark program, shared by its cases (tickets, check-in).
#include "core/clock.h"
#include "information/hall.h"
#include "startup/kiosk_database.h"
#include "tickets/ticket_types.h"

#include <memory>
#include <QTemporaryDir>

namespace linli::bench {

inline const QDateTime kDemoHallNow(QDate(2026, 11, 22), QTime(2, 0), QTimeZone::utc());

struct DemoHall {
    QTemporaryDir dir;
    startup::KioskDatabase opened;
    ManualClock clock{ kDemoHallNow };
    quint32 hallTag = 0;
};

inline DemoHall &demoHall()
{
    static const std::unique_ptr<DemoHall> hall = [] {
        auto h = std::make_unique<DemoHall>();
        startup::DatabaseSetup setup;
        setup.dataDir = h->dir.path();
        setup.contentDir = QStringLiteral(LINLI_DEMO_DIR);
        setup.pinCost = residents::PinCost::Cheap;
        h->opened = startup::openKioskDatabase(setup, kDemoHallNow);
        if (!h->opened.ok())
            qFatal("%s", qPrintable(h->opened.outOfServiceReason.en));
        h->hallTag
            = tickets::placeTag(tickets::PlaceKind::Hall, information::loadHall(*h->opened.database)->id);
        return h;
    }();
    return *hall;
}

} // namespace linli::bench
