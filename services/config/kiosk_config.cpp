#include "config/kiosk_config.h"

#include "config/layered_ini.h"
#include "core/logging.h"

#include <algorithm>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace linli::config {
namespace {

class Validator {
public:
    explicit Validator(const LayeredIni &settings)
        : m_settings(settings)
    {
    }

    int integer(const QString &key, int fallback, int min, int max)
    {
        const QVariant raw = m_settings.value(key);
        if (!raw.isValid())
            return fallback;
        bool ok = false;
        const int value = raw.toString().trimmed().toInt(&ok);
        if (ok && value >= min && value <= max)
            return value;
        warn(key,
            { QStringLiteral("“%1”的值“%2”无效，应为 %3 到 %4 之间的整数；已使用默认值 %5。")
                    .arg(key, raw.toString())
                    .arg(min)
                    .arg(max)
                    .arg(fallback),
                QStringLiteral("%1 = \"%2\" is not a whole number from %3 to %4; using the default %5.")
                    .arg(key, raw.toString())
                    .arg(min)
                    .arg(max)
                    .arg(fallback) });
        return fallback;
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QVariant raw = m_settings.value(key);
        if (!raw.isValid())
            return fallback;
        const QString text = raw.toString().trimmed().toLower();
        if (text == u"true" || text == u"1" || text == u"yes")
            return true;
        if (text == u"false" || text == u"0" || text == u"no")
            return false;
        warn(key,
            { QStringLiteral("“%1”的值“%2”无效，应为 true 或 false；已使用默认值 %3。")
                    .arg(key, raw.toString(), fallback ? u"true" : u"false"),
                QStringLiteral("%1 = \"%2\" is not true or false; using the default %3.")
                    .arg(key, raw.toString(), fallback ? u"true" : u"false") });
        return fallback;
    }

    QString text(const QString &key, const QString &fallback) const
    {
        const QVariant raw = m_settings.value(key);
        return raw.isValid() ? raw.toString().trimmed() : fallback;
    }

    void warn(const QString &key, LocalizedText message, bool fatal = false)
    {
        qCWarning(lcConfig).noquote() << message.en;
        m_problems.push_back({ key, std::move(message), fatal });
    }

    std::vector<ConfigProblem> takeProblems() { return std::move(m_problems); }

private:
    const LayeredIni &m_settings;
    std::vector<ConfigProblem> m_problems;
};

void readKiosk(Validator &v, KioskConfig &c)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{2,62}$"));
    const QString id = v.text(QStringLiteral("kiosk/id"), c.kioskId);
    if (idPattern.match(id).hasMatch()) {
        c.kioskId = id;
    } else {
        // Every event a kiosk sends carries its id; a guessed one could collide with another kiosk's.
        v.warn(QStringLiteral("kiosk/id"),
            { QStringLiteral(
                  "终端编号“%1”无效：只能使用小写字母、数字和连字符（3–63 个字符）。终端无法启动。")
                    .arg(id),
                QStringLiteral("kiosk/id \"%1\" is invalid: use 3–63 lowercase letters, digits and hyphens. "
                               "The kiosk cannot start.")
                    .arg(id) },
            true);
    }
    const QString language = v.text(QStringLiteral("kiosk/language"), QStringLiteral("zh"));
    if (language == u"zh" || language == u"en") {
        c.startLanguage = language == u"en" ? Language::English : Language::Chinese;
    } else {
        v.warn(QStringLiteral("kiosk/language"),
            { QStringLiteral("“kiosk/language”的值“%1”无效，应为 zh 或 en；已使用中文。").arg(language),
                QStringLiteral("kiosk/language = \"%1\" is not zh or en; using Chinese.").arg(language) });
    }
    c.idleTimeoutSecs = v.integer(QStringLiteral("kiosk/idle_timeout_secs"), c.idleTimeoutSecs, 30, 600);
}

void readSync(Validator &v, KioskConfig &c)
{
    const QString url = v.text(QStringLiteral("sync/server_url"), QString());
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (parsed.isValid() && (parsed.scheme() == u"https" || parsed.scheme() == u"http")
            && !parsed.host().isEmpty()) {
            c.syncServerUrl = url;
        } else {
            v.warn(QStringLiteral("sync/server_url"),
                { QStringLiteral("中心服务器地址“%1”无效；终端将离线运行。").arg(url),
                    QStringLiteral("sync/server_url \"%1\" is not an http(s) URL; the kiosk runs offline.")
                        .arg(url) });
        }
    }
    c.syncServerCa = v.text(QStringLiteral("sync/server_ca"), QString());
    c.syncIntervalSecs = v.integer(QStringLiteral("sync/interval_secs"), c.syncIntervalSecs, 30, 86400);
    c.syncBackoffCapSecs = v.integer(QStringLiteral("sync/backoff_cap_secs"), c.syncBackoffCapSecs, 10, 3600);
    c.enrolCode = v.text(QStringLiteral("sync/enrol_code"), QString());
}

void readPrinter(Validator &v, KioskConfig &c)
{
    using printing::PrinterBackend;
    printing::PrinterSettings &p = c.printer;
    const QString backend = v.text(QStringLiteral("printer/backend"), QStringLiteral("none"));
    const QString target = v.text(QStringLiteral("printer/target"), QString());
    if (backend == u"file" || backend == u"tcp" || backend == u"device") {
        QString host;
        quint16 port = 0;
        const bool targetOk = backend == u"tcp" ? printing::parseTcpTarget(target, &host, &port)
            : backend == u"device"              ? target.startsWith(u'/')
                                                : !target.isEmpty();
        if (targetOk) {
            p.backend = backend == u"file" ? PrinterBackend::File
                : backend == u"tcp"        ? PrinterBackend::Tcp
                                           : PrinterBackend::Device;
            p.target = target;
        } else {
            v.warn(QStringLiteral("printer/target"),
                { QStringLiteral(
                      "打印机地址“%1”对“%2”无效（file：目录；tcp：主机[:端口]；device：/dev/… 路径）；"
                      "不打印小票。")
                        .arg(target, backend),
                    QStringLiteral("printer/target \"%1\" does not suit backend %2 (file: a directory; tcp: "
                                   "host[:port]; device: a /dev/… path); no receipts are printed.")
                        .arg(target, backend) });
        }
    } else if (backend != u"none") {
        v.warn(QStringLiteral("printer/backend"),
            { QStringLiteral("“printer/backend”的值“%1”无效，应为 none、file、tcp 或 device；不打印小票。")
                    .arg(backend),
                QStringLiteral(
                    "printer/backend = \"%1\" is not none, file, tcp or device; no receipts are printed.")
                    .arg(backend) });
    }
    const int dots = v.integer(QStringLiteral("printer/paper_dots"), p.paperDots, printing::kPaperDots58mm,
        printing::kPaperDots80mm);
    if (dots == printing::kPaperDots58mm || dots == printing::kPaperDots80mm) {
        p.paperDots = dots;
    } else {
        v.warn(QStringLiteral("printer/paper_dots"),
            { QStringLiteral(
                  "“printer/paper_dots”的值“%1”无效，应为 576（80 毫米）或 384（58 毫米）；已使用 576。")
                    .arg(dots),
                QStringLiteral("printer/paper_dots = \"%1\" is not 576 (80 mm) or 384 (58 mm); using 576.")
                    .arg(dots) });
    }
    p.timeoutMs = v.integer(QStringLiteral("printer/timeout_ms"), p.timeoutMs, 1000, 60000);
}

void readRole(Validator &v, KioskConfig &c)
{
    const QString role = v.text(QStringLiteral("kiosk/role"), QStringLiteral("resident"));
    if (role == u"resident" || role == u"checkin") {
        c.role = role == u"checkin" ? KioskRole::CheckIn : KioskRole::Resident;
    } else {
        v.warn(QStringLiteral("kiosk/role"),
            { QStringLiteral("“kiosk/role”的值“%1”无效，应为 resident 或 checkin；已作为居民自助终端运行。")
                    .arg(role),
                QStringLiteral("kiosk/role = \"%1\" is not resident or checkin; running as a resident kiosk.")
                    .arg(role) });
    }
    static const QRegularExpression placePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$"));
    const QString place = v.text(QStringLiteral("checkin/place"), QString());
    if (placePattern.match(place).hasMatch()) {
        c.checkInPlace = place;
    } else if (c.role == KioskRole::CheckIn) {
        // A door that does not know which room it is would admit anyone's ticket as its own.
        v.warn(QStringLiteral("checkin/place"),
            { QStringLiteral(
                  "签到终端需要在 [checkin] place 中填写本门口的房间或食堂编号（当前为“%1”）。终端无法启动。")
                    .arg(place),
                QStringLiteral("A check-in kiosk needs [checkin] place, the id of the room or canteen at its "
                               "door (it is \"%1\"). The kiosk cannot start.")
                    .arg(place) },
            true);
    }
}

// A misspelt key would otherwise be silently ignored and its default used.
void reportUnknownKeys(const LayeredIni &settings, Validator &v)
{
    static const QStringList known = { QStringLiteral("kiosk/id"), QStringLiteral("kiosk/language"),
        QStringLiteral("kiosk/idle_timeout_secs"), QStringLiteral("display/elder_mode"),
        QStringLiteral("display/fullscreen"), QStringLiteral("storage/data_dir"),
        QStringLiteral("storage/busy_timeout_ms"), QStringLiteral("content/dir"),
        QStringLiteral("sync/server_url"), QStringLiteral("sync/server_ca"),
        QStringLiteral("sync/interval_secs"), QStringLiteral("printer/backend"),
        QStringLiteral("printer/target"), QStringLiteral("printer/paper_dots"),
        QStringLiteral("printer/timeout_ms"), QStringLiteral("kiosk/role"), QStringLiteral("checkin/place"),
        QStringLiteral("sync/enrol_code"), QStringLiteral("sync/backoff_cap_secs") };
    for (const QString &key : settings.overrideKeys()) {
        if (!overridableKeys().contains(key))
            v.warn(key,
                { QStringLiteral("设置覆盖文件中的“%1”不能在此更改，已忽略。").arg(key),
                    QStringLiteral("%1 cannot be changed by the settings override; ignored.").arg(key) });
    }
    for (const QString &key : settings.baseKeys()) {
        // [care] is read and checked by services/care (care_settings.cpp), [attract] by
        // services/attract (attract_settings.cpp).
        if (!known.contains(key) && !key.startsWith(QStringLiteral("care/"))
            && !key.startsWith(QStringLiteral("attract/")))
            v.warn(key,
                { QStringLiteral("未知的配置项“%1”，已忽略。").arg(key),
                    QStringLiteral("Unknown key %1 ignored.").arg(key) });
    }
}

} // namespace

bool ConfigResult::canStart() const
{
    return std::none_of(problems.begin(), problems.end(), [](const ConfigProblem &p) { return p.fatal; });
}

QStringList ConfigResult::describe(Language language) const
{
    QStringList lines;
    for (const ConfigProblem &p : problems)
        lines << p.message.in(language);
    return lines;
}

QString overrideFileIn(const QString &dataDir)
{
    return dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(QStringLiteral("kiosk-settings.ini"));
}

ConfigResult loadKioskConfig(const QString &path, const QString &overridePath)
{
    ConfigResult result;
    const bool hasBase = !path.isEmpty() && QFileInfo::exists(path);
    const bool hasOverride = !overridePath.isEmpty() && QFileInfo::exists(overridePath);
    const QString centralPath = centralFileBeside(overridePath);
    if (!hasBase && !hasOverride && !(!centralPath.isEmpty() && QFileInfo::exists(centralPath)))
        return result;
    result.config.file = hasBase ? path : QString();
    const LayeredIni settings(result.config.file, overridePath);
    if (!settings.baseReadable()) {
        result.problems.push_back({ QString(),
            { QStringLiteral("无法读取配置文件“%1”（文件损坏或格式错误）。终端无法启动。").arg(path),
                QStringLiteral("Cannot read the configuration file %1 (unreadable or malformed). The kiosk "
                               "cannot start.")
                    .arg(path) },
            true });
        return result;
    }
    if (hasOverride && settings.overrideReadable())
        result.config.overrideFile = overridePath;
    Validator v(settings);
    if (hasOverride && !settings.overrideReadable())
        v.warn(QString(),
            { QStringLiteral("无法读取设置覆盖文件“%1”，已按 %2 的配置运行。").arg(overridePath, path),
                QStringLiteral("Cannot read the settings override %1; running on %2 alone.")
                    .arg(overridePath, path) });
    KioskConfig &c = result.config;
    readKiosk(v, c);
    c.elderMode = v.boolean(QStringLiteral("display/elder_mode"), c.elderMode);
    c.fullscreen = v.boolean(QStringLiteral("display/fullscreen"), c.fullscreen);
    c.dataDir = v.text(QStringLiteral("storage/data_dir"), c.dataDir);
    c.busyTimeoutMs = v.integer(QStringLiteral("storage/busy_timeout_ms"), c.busyTimeoutMs, 100, 60000);
    c.contentDir = v.text(QStringLiteral("content/dir"), c.contentDir);
    readSync(v, c);
    readPrinter(v, c);
    readRole(v, c);
    reportUnknownKeys(settings, v);
    result.problems = v.takeProblems();
    return result;
}

} // namespace linli::config
