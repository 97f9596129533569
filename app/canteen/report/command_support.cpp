#include "command_support.h"

#include "config/kiosk_config.h"
#include "kiosk_paths.h"
#include "startup/kiosk_database.h"
#include "storage/migrations.h"
#include "storage/storage_error.h"

#include <QDir>
#include <QFileInfo>
#include <QTranslator>

using linli::LocalizedText;

LocalizedText bothLanguages(const char *source)
{
    static QTranslator chinese;
    static const bool loaded = chinese.load(QStringLiteral(":/i18n/linli_zh_CN.qm"));
    const QString en = QString::fromUtf8(source);
    const QString zh = loaded ? chinese.translate("CanteenCommand", source) : QString();
    return { zh.isEmpty() ? en : zh, en };
}

LocalizedText arg(LocalizedText text, const QString &value)
{
    return { text.zh.arg(value), text.en.arg(value) };
}

void print(std::FILE *to, const LocalizedText &text)
{
    std::fputs(qPrintable(text.zh + u'\n'), to);
    if (text.en != text.zh)
        std::fputs(qPrintable(text.en + u'\n'), to);
}

namespace {

LocalizedText storageProblem(const linli::storage::StorageError &error, const QString &path)
{
    using linli::storage::ErrorKind;
    const QString what = QString::fromStdString(error.what());
    switch (error.kind()) {
    case ErrorKind::Corrupt:
        return arg(bothLanguages(QT_TRANSLATE_NOOP("CanteenCommand",
                       "The database %1 is damaged; nothing was written. Restore it from a backup.")),
            path);
    case ErrorKind::Locked:
        return arg(bothLanguages(QT_TRANSLATE_NOOP("CanteenCommand",
                       "The database %1 is locked by another program; nothing was written. Try again.")),
            path);
    default:
        return arg(
            arg(bothLanguages(QT_TRANSLATE_NOOP("CanteenCommand", "Cannot open the database %1: %2")), path),
            what);
    }
}

} // namespace

CommandDatabase openKioskDatabaseAsItIs(
    const QString &dataDirOption, const QString &configOption, bool readOnly)
{
    CommandDatabase out;
    const auto config
        = linli::config::loadKioskConfig(configOption.isEmpty() ? defaultConfigFile() : configOption);
    if (!config.canStart()) {
        out.problem = { config.describe(linli::Language::Chinese).join(u'\n'),
            config.describe(linli::Language::English).join(u'\n') };
        return out;
    }
    const QString dir = !dataDirOption.isEmpty() ? dataDirOption
        : !config.config.dataDir.isEmpty()       ? config.config.dataDir
                                                 : defaultDataDir();
    const QString path = QDir(dir).filePath(linli::startup::databaseFileName());
    if (!QFileInfo(path).isFile()) {
        out.problem = arg(bothLanguages(QT_TRANSLATE_NOOP("CanteenCommand",
                              "There is no kiosk database at %1. Give the kiosk's data directory with "
                              "--data-dir, or start the kiosk once to create it.")),
            path);
        return out;
    }
    try {
        linli::storage::OpenOptions options;
        options.readOnly = readOnly;
        options.createIfMissing = false;
        options.busyTimeoutMs = config.config.busyTimeoutMs;
        auto db = linli::storage::Database::open(path, options);
        db.quickCheck();
        const int have = linli::storage::schemaVersion(db);
        const int want = linli::storage::bundledMigrations().back().version;
        if (have != want) {
            out.problem
                = arg(arg(arg(bothLanguages(QT_TRANSLATE_NOOP("CanteenCommand",
                                  "The database %1 has schema version %2 but this program reads version %3. "
                                  "Start this version of the kiosk once so that it brings the "
                                  "database up to date.")),
                              path),
                          QString::number(have)),
                    QString::number(want));
            return out;
        }
        out.db.emplace(std::move(db));
    } catch (const linli::storage::StorageError &error) {
        out.problem = storageProblem(error, path);
    }
    return out;
}
