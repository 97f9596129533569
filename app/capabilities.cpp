#include "capabilities.h"

#include "attract_backend.h"
#include "booking_backend.h"
#include "canteen_backend.h"
#include "catalog_facade.h"
#include "checkin_backend.h"
#include "demo_order_command.h"
#include "kiosk.h"
#include "maintenance_backend.h"
#include "report_command.h"
#include "resident_session.h"
#include "sync_backend.h"
#include "tickets_backend.h"

#include <cstring>

namespace {

void connectSync(Kiosk &kiosk)
{
    auto *sync = kiosk.backend<SyncBackend>(QStringLiteral("sync"));
    auto *booking = kiosk.backend<BookingBackend>(QStringLiteral("booking"));
    auto *canteen = kiosk.backend<CanteenBackend>(QStringLiteral("canteen"));
    // A sale beyond the kiosk's escrow shares waits (at most 2 s) for the server's answer.
    booking->setConfirmation(sync->confirmation());
    canteen->setConfirmation(sync->confirmation());
    // A booking or order made here goes to the server within seconds.
    QObject::connect(booking, &BookingBackend::bookingsChanged, sync, &SyncBackend::localChange);
    QObject::connect(canteen, &CanteenBackend::ordersChanged, sync, &SyncBackend::localChange);
    // The server refused one: its ticket is revoked and My bookings / My meal orders re-read.
    QObject::connect(sync, &SyncBackend::outboxAnswered,
        kiosk.backend<TicketsBackend>(QStringLiteral("tickets")), &TicketsBackend::revokeCancelled);
    // What the central imported (notices, rooms, events, guides, menus) shows now, not after a
    // restart: the information lists and open screens, the home page's urgent notices, and the
    // booking and canteen screens re-read. Their announceChange also asks sync for a soon sync,
    // which the engine's own schedule after this exchange overrides.
    QObject::connect(sync, &SyncBackend::catalogChanged,
        kiosk.backend<Catalog>(QStringLiteral("information")), &Catalog::reread);
    if (kiosk.urgentNotices())
        QObject::connect(
            sync, &SyncBackend::catalogChanged, kiosk.urgentNotices(), &NoticeListModel::refresh);
    QObject::connect(sync, &SyncBackend::catalogChanged, booking, &BookingBackend::announceChange);
    QObject::connect(sync, &SyncBackend::catalogChanged, canteen, &CanteenBackend::announceChange);
    // A revoked kiosk: its residents' data is gone; whoever is signed in is signed out and the
    // kiosk stops serving at once (and at every start, see main.cpp) until enrolled again.
    QObject::connect(sync, &SyncBackend::revokedNow, kiosk.session(), &ResidentSession::end);
    QObject::connect(sync, &SyncBackend::revokedNow, &kiosk,
        [&kiosk, sync] { kiosk.goOutOfService(sync->revokedReason()); });
}

// A resident hears that a booking, sign-up, order or cancellation went through, or did not
// (the player keeps the volume and the quiet hours).
void connectSounds(Kiosk &kiosk)
{
    SoundPlayer *sounds = kiosk.backend<AttractBackend>(QStringLiteral("attract"))->sounds();
    const auto play = [sounds](bool ok) { sounds->play(ok ? SoundPlayer::Success : SoundPlayer::Error); };
    QObject::connect(kiosk.backend<BookingBackend>(QStringLiteral("booking")),
        &BookingBackend::residentAnswered, sounds, play);
    QObject::connect(kiosk.backend<CanteenBackend>(QStringLiteral("canteen")),
        &CanteenBackend::residentAnswered, sounds, play);
}

} // namespace

void addCapabilities(Kiosk &kiosk, const KioskContext &context)
{
    kiosk.addBackend(QStringLiteral("information"),
        new Catalog(CatalogSource{ context.db, context.clock, context.zone }, *context.language, &kiosk));
    kiosk.addBackend(QStringLiteral("booking"), new BookingBackend(context, &kiosk));
    kiosk.addBackend(QStringLiteral("canteen"), new CanteenBackend(context, &kiosk));
    kiosk.addBackend(QStringLiteral("tickets"), new TicketsBackend(context, &kiosk));
    // A cancel on the booking or canteen screens revokes its ticket at once (the scheduler
    // catches anything else).
    auto *tickets = kiosk.backend<TicketsBackend>(QStringLiteral("tickets"));
    QObject::connect(kiosk.backend<BookingBackend>(QStringLiteral("booking")),
        &BookingBackend::bookingsChanged, tickets, &TicketsBackend::revokeCancelled);
    QObject::connect(kiosk.backend<CanteenBackend>(QStringLiteral("canteen")), &CanteenBackend::ordersChanged,
        tickets, &TicketsBackend::revokeCancelled);
    kiosk.addBackend(QStringLiteral("checkin"), new CheckinBackend(context, context.checkInPlace, &kiosk));
    kiosk.addBackend(QStringLiteral("sync"), new SyncBackend(context, &kiosk));
    connectSync(kiosk);
    // Staff: a staff card on the reader opens the staff PIN screen, not a resident session;
    // what staff change on the menu or bookings is re-read by the residents' screens at once.
    auto *maintenance = new MaintenanceBackend(context, &kiosk);
    kiosk.addBackend(QStringLiteral("maintenance"), maintenance);
    if (context.session)
        context.session->setStaffCardHandler(
            [maintenance](const QString &card) { return maintenance->takeStaffCard(card); });
    QObject::connect(maintenance, &MaintenanceBackend::menuChanged,
        kiosk.backend<CanteenBackend>(QStringLiteral("canteen")), &CanteenBackend::announceChange);
    QObject::connect(maintenance, &MaintenanceBackend::bookingsChanged,
        kiosk.backend<BookingBackend>(QStringLiteral("booking")), &BookingBackend::announceChange);
    // A notice staff posted is on the notices and (urgent) the home screen at once; check-in
    // mode opens this kiosk's check-in desk for the place staff chose.
    QObject::connect(maintenance, &MaintenanceBackend::noticesChanged, &kiosk, [&kiosk] {
        kiosk.backend<Catalog>(QStringLiteral("information"))->reread();
        if (kiosk.urgentNotices())
            kiosk.urgentNotices()->refresh();
    });
    QObject::connect(maintenance, &MaintenanceBackend::checkInOpened,
        kiosk.backend<CheckinBackend>(QStringLiteral("checkin")), &CheckinBackend::openAt);
    kiosk.addBackend(QStringLiteral("attract"), new AttractBackend(context, &kiosk)); // nobody there; sounds
    connectSounds(kiosk);
}

std::optional<int> runCapabilityCommand(int argc, char *argv[])
{
    const char *command = argc > 1 ? argv[1] : "";
    if (std::strcmp(command, "report") == 0)
        return runReportCommand(argc, argv); // the canteen's kitchen count and delivery list
    if (std::strcmp(command, "demo-order") == 0)
        return runDemoOrderCommand(argc, argv); // test aid
    return std::nullopt;
}
