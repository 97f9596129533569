#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <vector>

// A read-only list whose rows are values of one Q_GADGET type: each of the gadget's
// properties is a role, so QML delegates declare `required property` for exactly the fields
// the row type has, and C++ fills the model with typed structs, never maps of strings.
class GadgetListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    GadgetListModel(const QMetaObject &rowType, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    template <typename Row> void reset(const std::vector<Row> &rows)
    {
        QVariantList values;
        values.reserve(static_cast<qsizetype>(rows.size()));
        for (const Row &row : rows)
            values.append(QVariant::fromValue(row));
        replace(std::move(values));
    }
    template <typename Row> Row at(int row) const { return m_rows.at(row).template value<Row>(); }
    void clear() { replace({}); }

signals:
    void countChanged();

private:
    void replace(QVariantList rows);
    const QMetaObject &m_rowType;
    QVariantList m_rows;
};
