#include "content/content_parser.h"

#include "content/content_error.h"

#include <QDir>

namespace linli::content {

namespace {

template <typename T> QSet<QString> idsOf(const std::vector<T> &records)
{
    QSet<QString> ids;
    for (const T &record : records)
        ids.insert(record.id);
    return ids;
}

} // namespace

DemoContent parseDemoContent(const QString &dir)
{
    if (!QDir(dir).exists())
        throw ContentError(dir, {}, QStringLiteral("the content directory does not exist"));
    DemoContent content;
    content.hall = detail::parseHall(dir);
    content.facilities = detail::parseFacilities(dir);
    content.rooms = detail::parseRooms(dir, content.hall, idsOf(content.facilities));
    const QSet<QString> roomIds = idsOf(content.rooms);
    content.canteens = detail::parseCanteens(dir, roomIds);
    content.guides = detail::parseGuides(dir, roomIds);
    content.notices = detail::parseNotices(dir);
    content.events = detail::parseEvents(dir, roomIds);
    return content;
}

} // namespace linli::content
