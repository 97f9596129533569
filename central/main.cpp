// linli-central: the server kiosks sync with, and its administration commands.
#include "commands/command_line.h"
#include "commands/commands.h"
#include "core/logging.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linli-central"));
    linli::installLogMessagePattern();
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    using namespace linli::central;
    if (command == u"serve")
        return commands::serve(args);
    if (command == u"enroll")
        return commands::enroll(args);
    if (command == u"import")
        return commands::importContent(args);
    if (command == u"status")
        return commands::status(args);
    if (command == u"revoke")
        return commands::revoke(args);
    complain(QStringLiteral(
        "用法 / usage: linli-central serve|enroll|import|status|revoke [--db FILE] ... (--help)"));
    return 2;
}
