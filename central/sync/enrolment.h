#pragma once

#include "linli/v1/sync.pb.h"

#include <optional>
#include <QString>

namespace linli::central {

class CentralStore;

inline constexpr qint64 kEnrolmentCodeLifetimeMs = 24LL * 3600 * 1000;

// 12 characters of 23456789ABCDEFGHJKLMNPQRSTUVWXYZ from the system's CSPRNG.
QString newEnrolmentCodeText();
// Stores a fresh one-time code for the hall (valid 24 h) and returns it; nullopt for an unknown hall.
std::optional<QString> issueEnrolmentCode(CentralStore &store, const QString &hallId, qint64 nowMs);

// Takes the code (once), registers the kiosk with a fresh id and secret and publishes its
// ticket public key to the hall (collection kiosk_keys). nullopt: the code is wrong, used or
// expired (nothing changed). The request must already be checked (version, key length).
std::optional<v1::EnrolResponse> enrolKiosk(
    CentralStore &store, const v1::EnrolRequest &request, qint64 nowMs);

} // namespace linli::central
