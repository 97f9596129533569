#pragma once

#include <memory>
#include <QSettings>
#include <QStringList>
#include <QVariant>

namespace linli::config {

// The configuration as every reader sees it: the override file in the kiosk's state directory
// (written by the maintenance Settings screen) wins, key by key, over the INI in /etc/linli, so
// staff change a kiosk without write access to /etc. Only the keys in overridable() are taken
// from the override: it never moves the data directory or renames the kiosk.
class LayeredIni {
public:
    LayeredIni(const QString &baseFile, const QString &overrideFile);
    ~LayeredIni();

    QVariant value(const QString &key) const;
    bool baseReadable() const; // a missing base file is readable (defaults)
    bool overrideReadable() const;
    QStringList baseKeys() const;
    QStringList overrideKeys() const;

private:
    std::unique_ptr<QSettings> m_base, m_central, m_override;
};

const QStringList &overridableKeys();
// The settings a hall shares (not its kiosks' server, enrolment, role or door).
const QStringList &centrallySettableKeys();
// central-settings.ini in the same directory as the override file (empty: none).
QString centralFileBeside(const QString &overrideFile);

} // namespace linli::config
