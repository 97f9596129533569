#include "tickets/tickets_log.h"

Q_LOGGING_CATEGORY(lcTickets, "linli.tickets", QtInfoMsg)
