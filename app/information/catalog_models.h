#pragma once

#include "record_list_model.h"

#include <QTimer>
#include <QTimeZone>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

// What every catalog model reads from: the database (null when out of service), the clock and
// the hall's time zone.
struct CatalogSource {
    linli::storage::Database *db = nullptr;
    const linli::Clock *clock = nullptr;
    QTimeZone zone;
};

// 办事指南 list: guideId, title, summary, location.
class GuideListModel : public RecordListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
public:
    GuideListModel(CatalogSource source, const LanguageController &language, QObject *parent = nullptr);

protected:
    QList<QVariantMap> reload() override;

private:
    CatalogSource m_source;
};

// 设施导览: facilities and the hall's rooms, filtered by category ("" for all).
class PlaceListModel : public RecordListModel {
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
    QList<QVariantMap> reload() override;

private:
    CatalogSource m_source;
    QString m_category;
};

// 活动日历: activities in a range of the hall's days: "today", "tomorrow", "week" (today and
// the six days after), "later" (the week after). Ended ones leave within a minute.
class EventListModel : public RecordListModel {
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
    QList<QVariantMap> reload() override;

private:
    CatalogSource m_source;
    QString m_range = QStringLiteral("week");
    QTimer m_tick;
};
