#pragma once

#include "catalog_models.h"

// One search result; the first of each kind carries the group's heading.
struct SearchRow {
    Q_GADGET
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(bool firstOfKind MEMBER firstOfKind)
    Q_PROPERTY(QString refId MEMBER refId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString subtitle MEMBER subtitle)
    Q_PROPERTY(QString route MEMBER route)
public:
    QString kind; // guide, place, event, notice
    bool firstOfKind = false;
    QString refId, title, subtitle;
    QString route; // what a tap opens: guide/<id>, facility/<id>, event/<id>, notices
};

// One search box across guides, places, activities and notices, grouped by kind, best first
// (see information::search).
class SearchResultModel : public CatalogListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
public:
    SearchResultModel(CatalogSource source, const LanguageController &language, QObject *parent = nullptr);
    QString query() const { return m_query; }
    void setQuery(const QString &query);

signals:
    void queryChanged();

protected:
    void read() override;

private:
    QString m_query;
};
