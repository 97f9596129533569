#include "server/central_log.h"

Q_LOGGING_CATEGORY(lcCentral, "linli.central")
