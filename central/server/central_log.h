#pragma once

#include <QLoggingCategory>

// The central server's one category: QT_LOGGING_RULES="linli.central.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCentral)
