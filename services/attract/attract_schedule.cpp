#include "attract/attract_schedule.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace linli::attract {

namespace {

using Playlist = Result<std::vector<AttractItem>>;

Playlist bad(int index, const QString &zh, const QString &en)
{
    return Playlist::refuse({ QStringLiteral("宣传轮播列表第%1项：%2").arg(index + 1).arg(zh),
        QStringLiteral("Attract playlist, entry %1: %2").arg(index + 1).arg(en) });
}

} // namespace

DayPart dayPartAt(const QTime &t)
{
    if (t >= QTime(5, 0) && t < QTime(12, 0))
        return DayPart::Morning;
    if (t >= QTime(12, 0) && t < QTime(18, 0))
        return DayPart::Afternoon;
    return DayPart::Evening;
}

Playlist parsePlaylist(const QByteArray &json, const QString &dir)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Playlist::refuse({ QStringLiteral("宣传轮播列表不是有效的 JSON 列表。"),
            QStringLiteral("The attract playlist is not a valid JSON list.") });
    std::vector<AttractItem> items;
    const QJsonArray list = doc.array();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        AttractItem item;
        const QString kind = o.value(u"kind").toString(QStringLiteral("image"));
        if (kind != u"image" && kind != u"video" && kind != u"slide")
            return bad(i, QStringLiteral("类型（kind）只能是 image、video 或 slide。"),
                QStringLiteral("\"kind\" must be image, video or slide."));
        const QString file = o.value(u"file").toString();
        if (file.isEmpty() && kind != u"slide")
            return bad(i, QStringLiteral("缺少文件名（file）。"), QStringLiteral("\"file\" is missing."));
        item.file = kind == u"slide" ? QString() : QDir(dir).absoluteFilePath(file);
        item.kind = kind == u"video" ? AttractItem::Kind::Video
            : kind == u"slide"       ? AttractItem::Kind::BuiltInSlide
                                     : AttractItem::Kind::Image;
        item.seconds = o.value(u"seconds").toInt(8);
        if (item.seconds < 2 || item.seconds > 120)
            return bad(i, QStringLiteral("时长（seconds）须在2到120秒之间。"),
                QStringLiteral("\"seconds\" must be between 2 and 120."));
        for (const QJsonValue &p : o.value(u"parts").toArray()) {
            const QString part = p.toString();
            if (part == u"morning")
                item.parts.push_back(DayPart::Morning);
            else if (part == u"afternoon")
                item.parts.push_back(DayPart::Afternoon);
            else if (part == u"evening")
                item.parts.push_back(DayPart::Evening);
            else
                return bad(i, QStringLiteral("时段（parts）只能是 morning、afternoon 或 evening。"),
                    QStringLiteral("\"parts\" may only be morning, afternoon or evening."));
        }
        items.push_back(std::move(item));
    }
    return Playlist::success(std::move(items));
}

std::vector<AttractItem> playlistAt(const std::vector<AttractItem> &items, const QTime &localTime,
    const std::function<bool(const QString &)> &fileUsable)
{
    const DayPart now = dayPartAt(localTime);
    std::vector<AttractItem> playing;
    for (const AttractItem &item : items) {
        const bool scheduled
            = item.parts.empty() || std::find(item.parts.begin(), item.parts.end(), now) != item.parts.end();
        const bool builtIn = item.kind == AttractItem::Kind::BuiltInSlide;
        if (scheduled && (builtIn || fileUsable(item.file)))
            playing.push_back(item);
    }
    if (playing.empty())
        playing.push_back(AttractItem{}); // the built-in slide
    return playing;
}

bool quietAt(const QTime &t, const QTime &from, const QTime &to)
{
    if (from == to)
        return false;
    return from < to ? (t >= from && t < to) : (t >= from || t < to);
}

} // namespace linli::attract
