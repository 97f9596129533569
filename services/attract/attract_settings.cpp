#include "attract/attract_settings.h"

#include "config/layered_ini.h"

#include <QFileInfo>

namespace linli::attract {
namespace {

LocalizedText badValue(const char *key, const QString &value, const QString &expectedZh,
    const QString &expectedEn, const QString &fallback)
{
    return { QStringLiteral("配置 attract/%1 的值“%2”无效（应为%3），已使用默认值 %4。")
                 .arg(QLatin1String(key), value, expectedZh, fallback),
        QStringLiteral("attract/%1 = \"%2\" is not valid (expected %3); using the default %4.")
            .arg(QLatin1String(key), value, expectedEn, fallback) };
}

class Reader {
public:
    Reader(const config::LayeredIni &ini, std::vector<LocalizedText> &problems)
        : m_ini(ini)
        , m_problems(problems)
    {
    }

    void integer(const char *key, int &target, int low, int high)
    {
        const QVariant value = m_ini.value(QStringLiteral("attract/") + QLatin1String(key));
        if (!value.isValid())
            return;
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok && number >= low && number <= high) {
            target = number;
            return;
        }
        const QString range = QStringLiteral("%1–%2").arg(low).arg(high);
        m_problems.push_back(badValue(key, value.toString(), QStringLiteral(" %1 的整数").arg(range),
            QStringLiteral("a whole number %1").arg(range), QString::number(target)));
    }

    void time(const char *key, QTime &target)
    {
        const QVariant value = m_ini.value(QStringLiteral("attract/") + QLatin1String(key));
        if (!value.isValid())
            return;
        const QTime parsed = QTime::fromString(value.toString().trimmed(), QStringLiteral("H:mm"));
        if (parsed.isValid()) {
            target = parsed;
            return;
        }
        m_problems.push_back(badValue(key, value.toString(), QStringLiteral("时:分，如 21:00"),
            QStringLiteral("hours:minutes such as 21:00"), target.toString(QStringLiteral("HH:mm"))));
    }

    void text(const char *key, QString &target)
    {
        const QString value
            = m_ini.value(QStringLiteral("attract/") + QLatin1String(key)).toString().trimmed();
        if (!value.isEmpty())
            target = value;
    }

private:
    const config::LayeredIni &m_ini;
    std::vector<LocalizedText> &m_problems;
};

} // namespace

AttractSettingsResult loadAttractSettings(const QString &iniPath, const QString &overridePath)
{
    AttractSettingsResult result;
    const auto exists = [](const QString &path) { return !path.isEmpty() && QFileInfo::exists(path); };
    if (!exists(iniPath) && !exists(overridePath) && !exists(config::centralFileBeside(overridePath)))
        return result;
    const config::LayeredIni ini(iniPath, overridePath);
    AttractSettings &s = result.settings;
    Reader read(ini, result.problems);
    read.integer("after_secs", s.afterSecs, 30, 3600);
    read.integer("volume", s.volume, 0, 100);
    read.time("quiet_from", s.quietFrom);
    read.time("quiet_to", s.quietTo);
    read.text("playlist", s.playlist);
    return result;
}

} // namespace linli::attract
