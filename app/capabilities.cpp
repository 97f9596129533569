#include "capabilities.h"

#include "booking_backend.h"
#include "canteen_backend.h"
#include "catalog_facade.h"
#include "kiosk.h"

void addCapabilities(Kiosk &kiosk, const KioskContext &context)
{
    kiosk.addBackend(QStringLiteral("information"),
        new Catalog(CatalogSource{ context.db, context.clock, context.zone }, *context.language, &kiosk));
    kiosk.addBackend(QStringLiteral("booking"), new BookingBackend(context, &kiosk));
    kiosk.addBackend(QStringLiteral("canteen"), new CanteenBackend(context, &kiosk));
}
