#include "canteen/canteen_log.h"

Q_LOGGING_CATEGORY(lcCanteen, "linli.canteen", QtInfoMsg)
