#include "core/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "linli.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "linli.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcContent, "linli.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "linli.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBooking, "linli.booking", QtInfoMsg)
Q_LOGGING_CATEGORY(lcResidents, "linli.residents", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScheduler, "linli.scheduler", QtInfoMsg)

namespace linli {

void installLogMessagePattern()
{
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}D%{endif}%{if-info}I%{endif}%{if-warning}W%{endif}"
        "%{if-critical}C%{endif}%{if-fatal}F%{endif} %{category}: %{message}"));
}

} // namespace linli
