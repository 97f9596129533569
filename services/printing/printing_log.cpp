#include "printing/printing_log.h"

Q_LOGGING_CATEGORY(lcPrinting, "linli.printing", QtInfoMsg)
