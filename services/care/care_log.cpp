#include "care/care_log.h"

Q_LOGGING_CATEGORY(lcCare, "linli.care", QtInfoMsg)
