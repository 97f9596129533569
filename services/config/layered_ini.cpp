#include "config/layered_ini.h"

#include <QDir>
#include <QFileInfo>

namespace linli::config {
namespace {

std::unique_ptr<QSettings> open(const QString &file)
{
    if (file.isEmpty() || !QFileInfo::exists(file))
        return nullptr;
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

const QStringList &overridableKeys()
{
    static const QStringList keys = { QStringLiteral("sync/server_url"), QStringLiteral("sync/enrol_code"),
        QStringLiteral("sync/interval_secs"), QStringLiteral("kiosk/idle_timeout_secs"),
        QStringLiteral("kiosk/language"), QStringLiteral("kiosk/role"), QStringLiteral("checkin/place"),
        QStringLiteral("display/elder_mode"), QStringLiteral("attract/volume"),
        QStringLiteral("attract/quiet_from"), QStringLiteral("attract/quiet_to"),
        QStringLiteral("attract/playlist") };
    return keys;
}

const QStringList &centrallySettableKeys()
{
    static const QStringList keys = { QStringLiteral("sync/interval_secs"),
        QStringLiteral("kiosk/idle_timeout_secs"), QStringLiteral("kiosk/language"),
        QStringLiteral("display/elder_mode"), QStringLiteral("attract/volume"),
        QStringLiteral("attract/quiet_from"), QStringLiteral("attract/quiet_to") };
    return keys;
}

QString centralFileBeside(const QString &overrideFile)
{
    return overrideFile.isEmpty()
        ? QString()
        : QFileInfo(overrideFile).dir().filePath(QStringLiteral("central-settings.ini"));
}

LayeredIni::LayeredIni(const QString &baseFile, const QString &overrideFile)
    : m_base(open(baseFile))
    , m_central(open(centralFileBeside(overrideFile)))
    , m_override(open(overrideFile))
{
}

LayeredIni::~LayeredIni() = default;

QVariant LayeredIni::value(const QString &key) const
{
    if (m_override && overrideReadable() && overridableKeys().contains(key)) {
        const QVariant over = m_override->value(key);
        if (over.isValid())
            return over;
    }
    if (m_central && m_central->status() == QSettings::NoError && centrallySettableKeys().contains(key)) {
        const QVariant central = m_central->value(key);
        if (central.isValid())
            return central;
    }
    return m_base ? m_base->value(key) : QVariant();
}

bool LayeredIni::baseReadable() const
{
    return !m_base || m_base->status() == QSettings::NoError;
}

bool LayeredIni::overrideReadable() const
{
    return !m_override || m_override->status() == QSettings::NoError;
}

QStringList LayeredIni::baseKeys() const
{
    return m_base ? m_base->allKeys() : QStringList();
}

QStringList LayeredIni::overrideKeys() const
{
    return m_override ? m_override->allKeys() : QStringList();
}

} // namespace linli::config
