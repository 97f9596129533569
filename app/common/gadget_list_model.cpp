#include "gadget_list_model.h"

#include <QMetaProperty>

GadgetListModel::GadgetListModel(const QMetaObject &rowType, QObject *parent)
    : QAbstractListModel(parent)
    , m_rowType(rowType)
{
}

int GadgetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant GadgetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int property = role - Qt::UserRole - 1 + m_rowType.propertyOffset();
    if (property < m_rowType.propertyOffset() || property >= m_rowType.propertyCount())
        return {};
    return m_rowType.property(property).readOnGadget(m_rows.at(index.row()).constData());
}

QHash<int, QByteArray> GadgetListModel::roleNames() const
{
    QHash<int, QByteArray> roles;
    for (int i = m_rowType.propertyOffset(); i < m_rowType.propertyCount(); ++i)
        roles.insert(Qt::UserRole + 1 + i - m_rowType.propertyOffset(), m_rowType.property(i).name());
    return roles;
}

void GadgetListModel::replace(QVariantList rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}
