#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

class LanguageController;

// A read-only list of records (one QVariantMap per row, one role per key), rebuilt by
// reload() in the current language whenever the language changes. The catalog's list models
// differ only in what reload() reads, so they share this.
class RecordListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    RecordListModel(const LanguageController &language, QList<QByteArray> roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // One row as a map (tests, and QML that needs a record outside a delegate).
    Q_INVOKABLE QVariantMap get(int row) const;

    Q_INVOKABLE void refresh();

signals:
    void countChanged();

protected:
    virtual QList<QVariantMap> reload() = 0;
    const LanguageController &m_language;

private:
    QList<QByteArray> m_roles;
    QList<QVariantMap> m_rows;
};
