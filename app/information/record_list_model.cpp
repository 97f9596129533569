#include "record_list_model.h"

#include "language_controller.h"

RecordListModel::RecordListModel(const LanguageController &language, QList<QByteArray> roles, QObject *parent)
    : QAbstractListModel(parent), m_language(language), m_roles(std::move(roles))
{
    connect(&language, &LanguageController::changed, this, &RecordListModel::refresh);
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int key = role - Qt::UserRole - 1;
    if (key < 0 || key >= m_roles.size())
        return {};
    return m_rows[index.row()].value(QString::fromLatin1(m_roles[key]));
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles[i]);
    return names;
}

QVariantMap RecordListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : QVariantMap();
}

void RecordListModel::refresh()
{
    QList<QVariantMap> rows = reload();
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}
