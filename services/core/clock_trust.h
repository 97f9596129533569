#pragma once

#include <QtGlobal>

// How far this kiosk's clock is from the central server's, as the last sync measured it
// (server minus local). While it is more than 5 minutes either way, the kiosk does not trust
// its own clock to judge a ticket's validity. Process-wide: set by the sync engine, read by the
// ticket rules; 0 (trusted) until a sync says otherwise.
namespace linli::clock_trust {

inline constexpr qint64 kMaxTrustedOffsetMs = 5 * 60 * 1000;

void setServerOffsetMs(qint64 offsetMs);
qint64 serverOffsetMs();
bool localClockTrusted();

} // namespace linli::clock_trust
