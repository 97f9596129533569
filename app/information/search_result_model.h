#pragma once

#include "catalog_models.h"

// One search box across guides, places, activities and notices: kind, refId, title,
// subtitle and the route a tap opens; grouped by kind, best first (see information::search).
class SearchResultModel : public RecordListModel {
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
    QList<QVariantMap> reload() override;

private:
    CatalogSource m_source;
    QString m_query;
};
