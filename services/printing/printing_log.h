#pragma once

#include <QLoggingCategory>

// linli.printing: receipt printers, their jobs and failures.
Q_DECLARE_LOGGING_CATEGORY(lcPrinting)
