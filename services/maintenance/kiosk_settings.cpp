#include "maintenance/kiosk_settings.h"

#include "attract/attract_settings.h"
#include "config/atomic_file.h"
#include "config/kiosk_config.h"
#include "sync/server_address.h"

#include <QRegularExpression>

namespace linli::maintenance {
namespace {

const QString kTimeForm = QStringLiteral("H:mm");

LocalizedText outOfRange(const QString &zhName, const QString &enName, int value, int low, int high)
{
    return {
        QStringLiteral("%1“%2”不可用：应为 %3 到 %4 之间的整数。").arg(zhName).arg(value).arg(low).arg(high),
        QStringLiteral("%1 %2 is not allowed: a whole number from %3 to %4.")
            .arg(enName)
            .arg(value)
            .arg(low)
            .arg(high)
    };
}

std::optional<LocalizedText> rangeProblem(const KioskSettings &s)
{
    if (s.syncIntervalSecs < 30 || s.syncIntervalSecs > 86400)
        return outOfRange(QStringLiteral("同步间隔（秒）"), QStringLiteral("Sync interval (seconds)"),
            s.syncIntervalSecs, 30, 86400);
    if (s.idleTimeoutSecs < 30 || s.idleTimeoutSecs > 600)
        return outOfRange(QStringLiteral("无操作退出（秒）"), QStringLiteral("Idle timeout (seconds)"),
            s.idleTimeoutSecs, 30, 600);
    if (s.volume < 0 || s.volume > 100)
        return outOfRange(QStringLiteral("音量"), QStringLiteral("Volume"), s.volume, 0, 100);
    if (!s.quietFrom.isValid() || !s.quietTo.isValid())
        return LocalizedText{ QStringLiteral("静音时段的时间无效：应为 时:分，如 21:00。"),
            QStringLiteral("The quiet hours are not valid times: hours:minutes such as 21:00.") };
    return std::nullopt;
}

std::optional<LocalizedText> choiceProblem(const KioskSettings &s)
{
    if (s.language != u"zh" && s.language != u"en")
        return LocalizedText{
            QStringLiteral("默认语言“%1”不可用：应为中文（zh）或英文（en）。").arg(s.language),
            QStringLiteral("Default language \"%1\" is not zh or en.").arg(s.language)
        };
    if (s.role != u"resident" && s.role != u"checkin")
        return LocalizedText{ QStringLiteral("终端用途“%1”不可用：应为居民自助或门口签到。").arg(s.role),
            QStringLiteral("Kiosk role \"%1\" is not resident or checkin.").arg(s.role) };
    static const QRegularExpression place(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$"));
    if (s.role == u"checkin" && !place.match(s.checkInPlace).hasMatch())
        // A door that does not know which room it is would admit anyone's ticket as its own.
        return LocalizedText{ QStringLiteral("签到终端需要填写本门口的房间或食堂编号（如 room-dance）。"),
            QStringLiteral(
                "A check-in kiosk needs the id of the room or canteen at its door (e.g. room-dance).") };
    static const QRegularExpression playlist(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_./-]{0,120}\\.json$"));
    if (!playlist.match(s.playlist).hasMatch() || s.playlist.contains(QStringLiteral("..")))
        return LocalizedText{ QStringLiteral(
                                  "轮播内容“%1”不可用：应为内容文件夹中的 .json 文件名，如 attract.json。")
                                  .arg(s.playlist),
            QStringLiteral("Attract content \"%1\" is not a .json file name in the content folder, such as "
                           "attract.json.")
                .arg(s.playlist) };
    return std::nullopt;
}

std::optional<LocalizedText> syncProblem(const KioskSettings &s, const QString &caFile)
{
    // Commas and semicolons would not survive the INI file; no server address holds them.
    static const QRegularExpression plain(QStringLiteral("^[^\\s,;\"]*$"));
    if (!s.serverUrl.isEmpty()) {
        if (!plain.match(s.serverUrl).hasMatch())
            return LocalizedText{
                QStringLiteral("中心服务器地址“%1”无效（应为 https://…）。").arg(s.serverUrl),
                QStringLiteral("The central server address \"%1\" is not valid (expected https://...).")
                    .arg(s.serverUrl)
            };
        const sync::AddressCheck check = sync::checkServerAddress(s.serverUrl, caFile);
        if (!check.address)
            return check.problem;
    }
    if (s.enrolCode.isEmpty())
        return std::nullopt;
    if (s.serverUrl.isEmpty())
        return LocalizedText{ QStringLiteral("有登记码时也要填写中心服务器地址。"),
            QStringLiteral("An enrolment code needs the central server's address as well.") };
    static const QRegularExpression code(QStringLiteral("^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}$"));
    if (!code.match(s.enrolCode).hasMatch())
        return LocalizedText{ QStringLiteral("登记码格式不对：应为 12 个字符（不含 0、O、1、I）。"),
            QStringLiteral("That is not an enrolment code: 12 characters, no 0, O, 1 or I.") };
    return std::nullopt;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

KioskSettings readKioskSettings(const QString &baseFile, const QString &overrideFile)
{
    const config::KioskConfig c = config::loadKioskConfig(baseFile, overrideFile).config;
    const attract::AttractSettings a = attract::loadAttractSettings(baseFile, overrideFile).settings;
    KioskSettings s;
    s.serverUrl = c.syncServerUrl;
    s.enrolCode = c.enrolCode;
    s.syncIntervalSecs = c.syncIntervalSecs;
    s.idleTimeoutSecs = c.idleTimeoutSecs;
    s.volume = a.volume;
    s.quietFrom = a.quietFrom;
    s.quietTo = a.quietTo;
    s.language = c.startLanguage == Language::English ? QStringLiteral("en") : QStringLiteral("zh");
    s.elderMode = c.elderMode;
    s.role = c.role == config::KioskRole::CheckIn ? QStringLiteral("checkin") : QStringLiteral("resident");
    s.checkInPlace = c.checkInPlace;
    s.playlist = a.playlist;
    return s;
}

std::optional<LocalizedText> settingsProblem(const KioskSettings &settings, const QString &serverCaFile)
{
    if (auto problem = rangeProblem(settings))
        return problem;
    if (auto problem = choiceProblem(settings))
        return problem;
    return syncProblem(settings, serverCaFile);
}

QByteArray overrideText(const KioskSettings &wanted, const KioskSettings &base)
{
    const auto time = [](const QTime &t) { return t.toString(kTimeForm); };
    // One line per key, in its section; the same order every time, so two saves compare.
    const std::vector<std::tuple<QString, QString, QString>> lines = {
        { QStringLiteral("sync/server_url"), wanted.serverUrl, base.serverUrl },
        { QStringLiteral("sync/enrol_code"), wanted.enrolCode, base.enrolCode },
        { QStringLiteral("sync/interval_secs"), QString::number(wanted.syncIntervalSecs),
            QString::number(base.syncIntervalSecs) },
        { QStringLiteral("kiosk/idle_timeout_secs"), QString::number(wanted.idleTimeoutSecs),
            QString::number(base.idleTimeoutSecs) },
        { QStringLiteral("kiosk/language"), wanted.language, base.language },
        { QStringLiteral("kiosk/role"), wanted.role, base.role },
        { QStringLiteral("checkin/place"), wanted.checkInPlace, base.checkInPlace },
        { QStringLiteral("display/elder_mode"), boolText(wanted.elderMode), boolText(base.elderMode) },
        { QStringLiteral("attract/volume"), QString::number(wanted.volume), QString::number(base.volume) },
        { QStringLiteral("attract/quiet_from"), time(wanted.quietFrom), time(base.quietFrom) },
        { QStringLiteral("attract/quiet_to"), time(wanted.quietTo), time(base.quietTo) },
        { QStringLiteral("attract/playlist"), wanted.playlist, base.playlist },
    };
    QByteArray text
        = "; Written by the kiosk's maintenance Settings screen; wins over /etc/linli/kiosk.ini.\n";
    QString section;
    for (const auto &[key, value, fallback] : lines) {
        if (value == fallback)
            continue;
        const QString keySection = key.section(u'/', 0, 0);
        if (keySection != section) {
            section = keySection;
            text += "\n[" + section.toUtf8() + "]\n";
        }
        text += key.section(u'/', 1).toUtf8() + '=' + value.toUtf8() + '\n';
    }
    return text;
}

std::optional<LocalizedText> writeOverrideFile(const QString &file, const QByteArray &text)
{
    // The enrolment code is in it: for the kiosk's own user only (test_settings: a full disk).
    const auto failed
        = config::writeFileAtomically(file, text, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!failed)
        return std::nullopt;
    if (failed->noRoom)
        return LocalizedText{ QStringLiteral("无法保存设置：存储空间不足；原有设置未改变。"),
            QStringLiteral(
                "Could not save the settings: no room left on the disk; the old settings stand.") };
    return LocalizedText{ QStringLiteral("无法保存设置（%1）；原有设置未改变。").arg(failed->detail),
        QStringLiteral("Could not save the settings (%1); the old settings stand.").arg(failed->detail) };
}

QJsonObject settingsJson(const KioskSettings &s)
{
    return { { QStringLiteral("server_url"), s.serverUrl },
        { QStringLiteral("enrol_code"), s.enrolCode.isEmpty() ? QString() : QStringLiteral("(set)") },
        { QStringLiteral("interval_secs"), s.syncIntervalSecs },
        { QStringLiteral("idle_timeout_secs"), s.idleTimeoutSecs }, { QStringLiteral("volume"), s.volume },
        { QStringLiteral("quiet_from"), s.quietFrom.toString(kTimeForm) },
        { QStringLiteral("quiet_to"), s.quietTo.toString(kTimeForm) },
        { QStringLiteral("language"), s.language }, { QStringLiteral("elder_mode"), s.elderMode },
        { QStringLiteral("role"), s.role }, { QStringLiteral("checkin_place"), s.checkInPlace },
        { QStringLiteral("playlist"), s.playlist } };
}

} // namespace linli::maintenance
