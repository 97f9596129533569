#pragma once

#include "core/outcome.h"

#include <functional>
#include <QByteArray>
#include <QString>
#include <QTime>
#include <vector>

namespace linli::attract {

// The hall's day, for the attract loop's schedule: morning 05:00–12:00 (today's menu),
// afternoon 12:00–18:00 (activities), evening 18:00–05:00.
enum class DayPart { Morning, Afternoon, Evening };
DayPart dayPartAt(const QTime &localTime);

struct AttractItem {
    enum class Kind { Image, Video, BuiltInSlide };
    QString file; // absolute; empty for the built-in slide
    Kind kind = Kind::BuiltInSlide;
    int seconds = 8; // how long an image stays (a video plays to its end, at most this long)
    std::vector<DayPart> parts; // empty: all day
};

// attract.json: [{"file": "pictures/menu.png", "kind": "image"|"video", "seconds": 8,
// "parts": ["morning", "afternoon", "evening"]}, ...]; files relative to `dir`. {"kind": "slide"}
// (no file) is the built-in slide, drawn from today's data: the menu in the morning, the
// activities in the afternoon. A bad list is refused as a whole with a reason (zh/en), naming
// the entry.
Result<std::vector<AttractItem>> parsePlaylist(const QByteArray &json, const QString &dir);

// What plays now: the items scheduled for this part of the day whose file is there; the
// built-in slide when none is (a missing or broken file never leaves the screen blank).
std::vector<AttractItem> playlistAt(const std::vector<AttractItem> &items, const QTime &localTime,
    const std::function<bool(const QString &)> &fileUsable);

// Quiet hours, e.g. 21:00–07:00 (across midnight): no sounds. from == to means never quiet.
bool quietAt(const QTime &localTime, const QTime &from, const QTime &to);

} // namespace linli::attract
