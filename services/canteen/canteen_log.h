#pragma once

#include <QLoggingCategory>

// linli.canteen: the canteen's commands and content.
Q_DECLARE_LOGGING_CATEGORY(lcCanteen)
