#pragma once

#include "information/hall.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimer>
#include <QTimeZone>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli
class LanguageController;

// Notices valid now, in the current language. Refreshes itself exactly when the next notice
// starts or expires, so an expired notice leaves the screen on time without a restart.
class NoticeListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        BodyRole,
        UrgentRole,
        NoticeIdRole,
        PriorityRole,
        ValidityRole
    };

    NoticeListModel(linli::storage::Database *db, const linli::Clock &clock,
        const LanguageController &language, linli::information::NoticePriority minPriority,
        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    // The hall's zone, in which a notice's last day is shown (default Asia/Shanghai).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

signals:
    void countChanged();

private:
    linli::storage::Database *m_db;
    const linli::Clock &m_clock;
    const LanguageController &m_language;
    linli::information::NoticePriority m_minPriority;
    std::vector<linli::information::Notice> m_notices;
    QTimer m_nextChange;
    QTimeZone m_zone{ "Asia/Shanghai" };
};
