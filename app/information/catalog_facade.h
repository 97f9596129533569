#pragma once

#include "catalog_models.h"
#include "hall_format.h"
#include "notice_list_model.h"
#include "search_result_model.h"

#include <QObject>
#include <QQmlEngine>

// The resident information the screens show (guides, facilities and rooms, activities,
// notices, search), as models and single records. Records take the language code as an
// argument so a binding re-reads them when the language switches: content comes in that
// language, and the kiosk's own words (fees, floors, access) through tr(), which follows the
// translator the LanguageController has just installed.
class Catalog : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(GuideListModel *guides READ guides CONSTANT)
    Q_PROPERTY(PlaceListModel *places READ places CONSTANT)
    Q_PROPERTY(EventListModel *events READ events CONSTANT)
    Q_PROPERTY(NoticeListModel *notices READ notices CONSTANT)
    Q_PROPERTY(SearchResultModel *search READ search CONSTANT)
    Q_PROPERTY(QList<int> floors READ floors CONSTANT)

public:
    Catalog(CatalogSource source, const LanguageController &language, QObject *parent = nullptr);

    GuideListModel *guides() const { return m_guides; }
    PlaceListModel *places() const { return m_places; }
    EventListModel *events() const { return m_events; }
    NoticeListModel *notices() const { return m_notices; }
    SearchResultModel *search() const { return m_search; }
    QList<int> floors() const;

    // Empty map when there is no such record (a stale route): the page says "not found".
    Q_INVOKABLE QVariantMap guide(const QString &id, const QString &language) const;
    Q_INVOKABLE QVariantMap place(const QString &id, const QString &language) const;
    // The rooms on one floor of the hall: id, name, x, y, w, h (percent), kind.
    Q_INVOKABLE QVariantList rooms(int floor, const QString &language) const;
    Q_INVOKABLE QString floorName(int floor, const QString &language) const;

private:
    CatalogSource m_source;
    HallFormat m_format;
    GuideListModel *m_guides;
    PlaceListModel *m_places;
    EventListModel *m_events;
    NoticeListModel *m_notices;
    SearchResultModel *m_search;
};
