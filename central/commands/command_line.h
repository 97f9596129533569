#pragma once

#include <memory>
#include <QCommandLineParser>
#include <QString>

namespace linli::central {

class CentralStore;

// Adds --db (default $LINLI_CENTRAL_DB or /var/lib/linli-central/central.db) and parses args;
// on a mistake prints the usage to stderr and returns false.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &usage);
// Opens (and migrates) the store named by --db; prints why not and returns null on failure.
std::unique_ptr<CentralStore> openStore(const QCommandLineParser &parser);
// A line on stdout/stderr, flushed (tests read the first line of `serve` at once).
void say(const QString &line);
void complain(const QString &line);

} // namespace linli::central
