#include "care/care_settings.h"

#include "care/care_log.h"

#include <QFileInfo>
#include <QSettings>

namespace linli::care {
namespace {

class Reader {
public:
    Reader(QSettings &ini, std::vector<LocalizedText> &problems)
        : m_ini(ini)
        , m_problems(problems)
    {
    }

    void integer(const char *key, int &target, int low, int high)
    {
        const QVariant value = m_ini.value(QStringLiteral("care/") + QLatin1String(key));
        if (!value.isValid())
            return;
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok && number >= low && number <= high) {
            target = number;
            return;
        }
        m_problems.push_back({ QStringLiteral("配置 care/%1 的值“%2”无效（应为 %3 到 %4），已使用默认值 %5。")
                                   .arg(QLatin1String(key), value.toString())
                                   .arg(low)
                                   .arg(high)
                                   .arg(target),
            QStringLiteral("care/%1 = \"%2\" is not valid (expected %3 to %4); using the default %5.")
                .arg(QLatin1String(key), value.toString())
                .arg(low)
                .arg(high)
                .arg(target) });
    }

    void choice(const char *key, QString &target, const QStringList &allowed)
    {
        const QVariant value = m_ini.value(QStringLiteral("care/") + QLatin1String(key));
        if (!value.isValid())
            return;
        const QString text = value.toString().trimmed().toLower();
        if (allowed.contains(text)) {
            target = text;
            return;
        }
        m_problems.push_back({ QStringLiteral("配置 care/%1 的值“%2”无效（可选：%3），已使用默认值 %4。")
                                   .arg(QLatin1String(key), value.toString(), allowed.join(u", "), target),
            QStringLiteral("care/%1 = \"%2\" is not valid (one of: %3); using the default %4.")
                .arg(QLatin1String(key), value.toString(), allowed.join(u", "), target) });
    }

private:
    QSettings &m_ini;
    std::vector<LocalizedText> &m_problems;
};

} // namespace

CareSettingsResult loadCareSettings(const QString &iniPath)
{
    CareSettingsResult result;
    if (iniPath.isEmpty() || !QFileInfo::exists(iniPath))
        return result;
    QSettings ini(iniPath, QSettings::IniFormat);
    CareSettings &s = result.settings;
    Reader read(ini, result.problems);
    read.integer("nightly_hour", s.nightlyHour, 0, 23);
    read.integer("backup_keep_days", s.backupKeepDays, 1, 90);
    read.integer("retention_days", s.retentionDays, 30, 3650);
    read.integer("log_keep_days", s.logKeepDays, 1, 365);
    read.integer("crash_limit", s.crashLimit, 2, 100);
    read.integer("crash_window_secs", s.crashWindowSecs, 60, 86400);
    read.choice("scene_graph", s.sceneGraph,
        { QStringLiteral("auto"), QStringLiteral("software"), QStringLiteral("opengl") });
    QString lockdown = s.lockdown ? QStringLiteral("on") : QStringLiteral("off");
    read.choice("lockdown", lockdown, { QStringLiteral("on"), QStringLiteral("off") });
    s.lockdown = lockdown == u"on";
    s.logDir = ini.value(QStringLiteral("care/log_dir")).toString().trimmed();
    for (const LocalizedText &problem : result.problems)
        qCWarning(lcCare).noquote() << problem.en;
    return result;
}

} // namespace linli::care
