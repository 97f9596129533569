#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantHash>

// A read-only list of rows for QML, each row a set of named values (the role names are
// fixed at construction). The booking screens fill it from services results, already in
// the current language; QML only lays the rows out.
class RowListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    explicit RowListModel(const QList<QByteArray> &roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(std::vector<QVariantHash> rows);
    void clear() { reset({}); }
    const std::vector<QVariantHash> &rows() const { return m_rows; }

signals:
    void countChanged();

private:
    QHash<int, QByteArray> m_roles;
    std::vector<QVariantHash> m_rows;
};
