#pragma once

#include "attract/attract_schedule.h"

#include <QObject>
#include <vector>

class HallFormat;
namespace linli::storage {
class Database;
}

// One line of the built-in slide: a dish and its price, or an activity's time, title and place.
struct SlideRow {
    Q_GADGET
    Q_PROPERTY(QString when MEMBER when)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString detail MEMBER detail)
public:
    QString when, title, detail;
};

struct Slide {
    QString heading; // 今天的午餐, 今天下午的活动, 明天的活动
    std::vector<SlideRow> rows; // at most kMaxRows; empty: the slide only greets
};

// What the built-in slide shows, from today's data: in the morning the day's lunch menu, in
// the afternoon the activities still to come today, in the evening tomorrow's activities
// (and the activities whenever there is no menu). Storage failures give an empty slide.
Slide builtInSlide(linli::storage::Database *db, const HallFormat &format, linli::Language language,
    linli::attract::DayPart part, qint64 nowUtc);
