#pragma once

#include <QLoggingCategory>

// linli.maintenance: staff sign-in, staff changes and their audit.
Q_DECLARE_LOGGING_CATEGORY(lcMaintenance)
