#include "row_list_model.h"

RowListModel::RowListModel(const QList<QByteArray> &roles, QObject *parent)
    : QAbstractListModel(parent)
{
    for (int i = 0; i < roles.size(); ++i)
        m_roles.insert(Qt::UserRole + 1 + i, roles[i]);
}

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto name = m_roles.find(role);
    if (name == m_roles.end())
        return {};
    return m_rows[static_cast<size_t>(index.row())].value(QString::fromLatin1(*name));
}

QHash<int, QByteArray> RowListModel::roleNames() const
{
    return m_roles;
}

void RowListModel::reset(std::vector<QVariantHash> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}
