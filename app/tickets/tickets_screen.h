#pragma once

#include "tickets_backend.h"

#include <QObject>
#include <QQmlEngine>
#include <QQmlParserStatus>

// What every ticket controller shares: created by its page with the tickets backend as a
// required property, it reads once the page has set its properties, and again when tickets
// change (a revocation), the language switches or a resident comes or goes. Storage that
// cannot answer leaves a reason in `problem`, never an exception.
class TicketsScreen : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(TicketsBackend *tickets READ tickets WRITE setTickets NOTIFY ticketsChanged REQUIRED)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    explicit TicketsScreen(QObject *parent = nullptr);

    TicketsBackend *tickets() const { return m_tickets; }
    void setTickets(TicketsBackend *tickets);
    QString problem() const;

    void classBegin() override { }
    void componentComplete() override;

signals:
    void ticketsChanged();
    void changed();

protected:
    // Reads what the screen shows; may throw storage::StorageError.
    virtual void read() = 0;
    void refresh();
    TicketsBackend &backend() const { return *m_tickets; }
    bool ready() const { return m_complete && m_tickets && m_tickets->available(); }

private:
    TicketsBackend *m_tickets = nullptr;
    bool m_complete = false;
    bool m_readFailed = false;
};
