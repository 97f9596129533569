#pragma once

#include <QLoggingCategory>

// linli.sync: enrolment, every exchange with the central server, what it changed here.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
