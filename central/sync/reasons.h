#pragma once

#include "core/localized_text.h"

#include <QString>

namespace linli::central {

// Why the server rejects an event: a machine code and the words the kiosk shows the resident.
struct Rejection {
    QString code;
    LocalizedText words;
};

namespace reasons {
Rejection slotTaken();
Rejection eventFull();
Rejection mealSoldOut();
Rejection unknownRoom(const QString &roomId);
Rejection unknownEvent(const QString &eventId);
Rejection badPayload(const QString &problem);
} // namespace reasons

} // namespace linli::central
