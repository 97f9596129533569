#include "sync/central_settings.h"

#include "config/atomic_file.h"
#include "config/layered_ini.h"
#include "sync/sync_error.h"

#include <QDir>
#include <QFile>

namespace linli::sync {

namespace {

QString fileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("central-settings.ini"));
}

// INI text by hand: QSettings cannot write atomically.
QByteArray iniValue(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? "true" : "false";
    if (v.isDouble())
        return QByteArray::number(v.toDouble(), 'g', 15);
    QByteArray text = v.toString().toUtf8();
    text.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + text + '"';
}

} // namespace

CentralSettingsWritten writeCentralSettings(const QString &dataDir, const QJsonObject &record)
{
    CentralSettingsWritten out;
    QByteArray ini;
    for (auto section = record.begin(); section != record.end(); ++section) {
        if (section.key() == u"id")
            continue;
        if (!section.value().isObject()) {
            out.ignored << section.key().left(40);
            continue;
        }
        QByteArray lines;
        const QJsonObject values = section.value().toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString key = section.key() + u'/' + it.key();
            const bool scalar = it.value().isBool() || it.value().isDouble() || it.value().isString();
            if (!scalar || !config::centrallySettableKeys().contains(key)) {
                out.ignored << key.left(80);
                continue;
            }
            lines += it.key().toUtf8() + '=' + iniValue(it.value()) + '\n';
            out.taken << key;
        }
        if (!lines.isEmpty())
            ini += '[' + section.key().toUtf8() + "]\n" + lines;
    }
    if (const auto failed = config::writeFileAtomically(fileIn(dataDir), ini)) {
        const QString why = failed->noRoom ? QStringLiteral("no room left on the disk") : failed->detail;
        const QString whyZh = failed->noRoom ? QStringLiteral("存储空间不足") : failed->detail;
        throw BadResponse({ QStringLiteral("无法保存中心服务器下发的设置：%1").arg(whyZh),
            QStringLiteral("Cannot keep the settings the central server sent: %1").arg(why) });
    }
    return out;
}

void removeCentralSettings(const QString &dataDir)
{
    QFile::remove(fileIn(dataDir));
}

} // namespace linli::sync
