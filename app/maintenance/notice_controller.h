#pragma once

#include "staff_screen.h"

#include <QObject>
#include <QQmlEngine>

class MaintenanceBackend;
Q_MOC_INCLUDE("maintenance_backend.h")

// Staff post a notice (title, text, urgent or normal, shown until a chosen day); it is on the
// residents' notices (and, urgent, their home screen) at once. For roles that may manage the hall.
class NoticeController : public StaffScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QList<int> spans READ spans CONSTANT) // days ahead the notice may be shown until
    Q_PROPERTY(QList<QString> spanLabels READ spanLabels NOTIFY changed)

public:
    explicit NoticeController(QObject *parent = nullptr);
    QString message() const { return m_message; }
    QList<int> spans() const { return { 0, 1, 7, 14, 30 }; }
    QStringList spanLabels() const;
    // "Until Tuesday 24 November" for a span.
    Q_INVOKABLE QString until(int daysAhead) const;
    // True when posted (the form may be cleared); otherwise `message` says why.
    Q_INVOKABLE bool post(const QString &title, const QString &body, bool urgent, int daysAhead);

signals:
    void changed();

protected:
    void staffChanged() override;

private:
    QString m_message;
};
