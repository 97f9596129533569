#pragma once

#include "printing/print_result.h"
#include "tickets_backend.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

// A ticket's print button (TicketCard): the receipt worded from what the card shows, drawn
// and printed on the kiosk's printer off the GUI thread, and how it went in words. One job at
// a time; a failure never touches the booking or order: the words say it stands.
class TicketPrintController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(TicketsBackend *tickets READ tickets WRITE setTickets NOTIFY ticketsChanged REQUIRED)
    Q_PROPERTY(bool available READ available NOTIFY ticketsChanged)
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    enum class State { Idle, Printing, Printed, Failed };
    Q_ENUM(State)

    explicit TicketPrintController(QObject *parent = nullptr);

    TicketsBackend *tickets() const { return m_tickets; }
    void setTickets(TicketsBackend *tickets);
    bool available() const { return m_tickets && m_tickets->printer(); } // a printer is configured
    State state() const { return m_state; }
    QString message() const; // in the resident's language; empty until a job ends

    // The receipt of the ticket with this QR text and code ("ABCDE FGHJK"), its title and
    // validity as the card words them, under the hall's name. Ignored while printing.
    Q_INVOKABLE void printReceipt(const QString &hallName, const QString &text, const QString &code,
        const QString &title, const QString &validity);

signals:
    void ticketsChanged();
    void changed();

private:
    void onFinished(int job, const linli::printing::PrintResult &result);

    QPointer<TicketsBackend> m_tickets;
    State m_state = State::Idle;
    int m_job = 0;
    linli::printing::PrintResult m_result;
};
