#pragma once

#include <QLoggingCategory>

// linli.tickets: issuing, revoking and checking tickets, and the kiosk's signing key.
Q_DECLARE_LOGGING_CATEGORY(lcTickets)
