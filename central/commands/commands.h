#pragma once

#include <QStringList>

// The subcommands of linli-central; each parses its own options (args[0] is the program,
// args[1] the command) and returns the process's exit code.
namespace linli::central::commands {

int serve(const QStringList &args);
int enroll(const QStringList &args);
int importContent(const QStringList &args);
int status(const QStringList &args);
int revoke(const QStringList &args);

} // namespace linli::central::commands
