#pragma once

#include "core/localized_text.h"

#include <optional>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace linli::sync {

// Where and how the kiosk talks to the central server: https with only the pinned CA
// ([sync] server_ca, a PEM file) trusted, or plain http to a loopback address (tests, the demo).
struct ServerAddress {
    QUrl base; // e.g. https://central.example/ ; endpoints are appended (/v1/sync)
    std::optional<QSslConfiguration> tls; // https only
    QUrl endpoint(const QString &path) const; // base + "/v1/sync"
};

struct AddressCheck {
    std::optional<ServerAddress> address;
    LocalizedText problem; // why none: plain http to another machine, no CA, unreadable CA ...
};

AddressCheck checkServerAddress(const QString &url, const QString &caFile);

} // namespace linli::sync
