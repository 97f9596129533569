#pragma once

#include "catalog_models.h"
#include "hall_format.h"
#include "notice_list_model.h"
#include "search_result_model.h"

#include <QObject>
#include <QQmlEngine>

// The `information` backend the window hands to every information screen: the lists that
// outlive a screen (guides, facilities and rooms, activities, notices, search), each following
// the language, and what the screens' controllers (GuideController, FacilityController,
// FloorPlanController) read single records from.
class Catalog : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Given to the information screens by the window")
    Q_PROPERTY(GuideListModel *guides READ guides CONSTANT)
    Q_PROPERTY(PlaceListModel *places READ places CONSTANT)
    Q_PROPERTY(EventListModel *events READ events CONSTANT)
    Q_PROPERTY(NoticeListModel *notices READ notices CONSTANT)
    Q_PROPERTY(SearchResultModel *search READ search CONSTANT)

public:
    Catalog(CatalogSource source, const LanguageController &language, QObject *parent = nullptr);

    GuideListModel *guides() const { return m_guides; }
    PlaceListModel *places() const { return m_places; }
    EventListModel *events() const { return m_events; }
    NoticeListModel *notices() const { return m_notices; }
    SearchResultModel *search() const { return m_search; }

    // For the screens' controllers: null database when the kiosk is out of service.
    linli::storage::Database *db() const { return m_source.db; }
    const LanguageController &language() const { return m_language; }
    const HallFormat &format() const { return m_format; }

    // What a screen says when storage cannot answer (a failing disk, a broken database).
    static QString readProblem();

public slots:
    // The central server's changes were applied (sync): the lists and the open screens re-read,
    // so what was imported there shows here without a restart. The search index was rebuilt in
    // the same transaction as the changes (sync::applyChanges), so a search re-run finds them.
    void reread();

signals:
    void catalogChanged(); // the open information screens re-read on it

private:
    CatalogSource m_source;
    const LanguageController &m_language;
    HallFormat m_format;
    GuideListModel *m_guides;
    PlaceListModel *m_places;
    EventListModel *m_events;
    NoticeListModel *m_notices;
    SearchResultModel *m_search;
};
