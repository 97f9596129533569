#pragma once

#include "gadget_list_model.h"

#include <QTimer>
#include <QTimeZone>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli
class LanguageController;

// What every catalog model reads from: the database (null when out of service), the clock and
// the hall's time zone.
struct CatalogSource {
    linli::storage::Database *db = nullptr;
    const linli::Clock *clock = nullptr;
    QTimeZone zone;
};

// A catalog list: rows of one Q_GADGET type, re-read in the current language whenever the
// language changes. A read that storage cannot answer empties the list and leaves a reason for
// the resident in `problem` (logged too), never an exception.
class CatalogListModel : public GadgetListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    CatalogListModel(const QMetaObject &rowType, CatalogSource source, const LanguageController &language,
        QObject *parent = nullptr);

    QString problem() const;
    Q_INVOKABLE void refresh();

signals:
    void problemChanged();

protected:
    // Fills the model with reset(); may throw storage::StorageError.
    virtual void read() = 0;
    const CatalogSource m_source;
    const LanguageController &m_language;

private:
    bool m_readFailed = false;
};

// One service in the 办事指南 list.
struct GuideRow {
    Q_GADGET
    Q_PROPERTY(QString guideId MEMBER guideId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString summary MEMBER summary)
    Q_PROPERTY(QString location MEMBER location)
public:
    QString guideId, title, summary, location;
};

// 办事指南 list: every service of the hall.
class GuideListModel : public CatalogListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
public:
    GuideListModel(CatalogSource source, const LanguageController &language, QObject *parent = nullptr);

protected:
    void read() override;
};

// One facility or room in the 设施导览 list.
struct PlaceRow {
    Q_GADGET
    Q_PROPERTY(QString placeId MEMBER placeId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString category MEMBER category)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString floors MEMBER floors)
    Q_PROPERTY(QString hours MEMBER hours)
    Q_PROPERTY(QString access MEMBER access)
    Q_PROPERTY(bool inHall MEMBER inHall)
    Q_PROPERTY(bool isRoom MEMBER isRoom)
public:
    QString placeId, name, category;
    QString address; // a room: the facility it belongs to
    QString floors, hours, access;
    bool inHall = false;
    bool isRoom = false;
};

// 设施导览: facilities and the hall's rooms, filtered by category ("" for all).
class PlaceListModel : public CatalogListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    Q_PROPERTY(QStringList categories READ categories CONSTANT)
public:
    PlaceListModel(CatalogSource source, const LanguageController &language, QObject *parent = nullptr);
    // The step-free access a place offers: "Lift · Ramp" / "有电梯 · 有坡道"; empty when none.
    static QString access(bool lift, bool ramp, bool accessibleToilet);
    QString category() const { return m_category; }
    void setCategory(const QString &category);
    QStringList categories() const;

signals:
    void categoryChanged();

protected:
    void read() override;

private:
    QString m_category;
};

// One activity in the 活动日历; the first of each day carries the day's heading.
struct EventRow {
    Q_GADGET
    Q_PROPERTY(QString eventId MEMBER eventId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString day MEMBER day)
    Q_PROPERTY(bool firstOfDay MEMBER firstOfDay)
    Q_PROPERTY(QString time MEMBER time)
    Q_PROPERTY(QString place MEMBER place)
    Q_PROPERTY(QString floor MEMBER floor)
    Q_PROPERTY(QString host MEMBER host)
    Q_PROPERTY(QString audience MEMBER audience)
    Q_PROPERTY(int capacity MEMBER capacity)
    Q_PROPERTY(int seatsLeft MEMBER seatsLeft)
public:
    QString eventId, title, kind;
    QString day; // 今天 · 11月22日 周日
    bool firstOfDay = false;
    QString time; // 14:00–16:00
    QString place, floor, host, audience;
    int capacity = 0; // 0: no sign-up needed
    int seatsLeft = 0;
};

// 活动日历: activities in a range of the hall's days: "today", "tomorrow", "week" (today and
// the six days after), "later" (the week after). Ended ones leave within a minute.
class EventListModel : public CatalogListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString range READ range WRITE setRange NOTIFY rangeChanged)
public:
    EventListModel(CatalogSource source, const LanguageController &language, QObject *parent = nullptr);
    QString range() const { return m_range; }
    void setRange(const QString &range);

signals:
    void rangeChanged();

protected:
    void read() override;

private:
    QString m_range = QStringLiteral("week");
    QTimer m_tick;
};
