#pragma once

#include <QLoggingCategory>

// Nightly jobs, restores and crash counting: "linli.care".
Q_DECLARE_LOGGING_CATEGORY(lcCare)
