#pragma once

#include <QLoggingCategory>

// One category per subsystem; enable with QT_LOGGING_RULES="linli.storage.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcContent)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcBooking)
Q_DECLARE_LOGGING_CATEGORY(lcResidents)
Q_DECLARE_LOGGING_CATEGORY(lcScheduler)

namespace linli {
// Timestamped, category-tagged lines on stderr (journald keeps them under systemd).
void installLogMessagePattern();
} // namespace linli
