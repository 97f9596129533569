#include "maintenance/maintenance_log.h"

Q_LOGGING_CATEGORY(lcMaintenance, "linli.maintenance", QtInfoMsg)
