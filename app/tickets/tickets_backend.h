#pragma once

#include "background_printer.h"
#include "hall_format.h"
#include "kiosk_context.h"
#include "tickets/ticket_office.h"

#include <memory>
#include <QObject>
#include <QQmlEngine>

// What the ticket screens are built on, handed by the window (Kiosk.backend("tickets")): the
// kiosk's ticket office, the hall's wording and the resident. It revokes the tickets of
// whatever was cancelled: when another capability announces a change (a cancel on its
// screens) and every minute on the scheduler (staff rejecting a booking, a missed call).
// It holds the kiosk's receipt printer, on a thread of its own, when [printer] names one.
class TicketsBackend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Given to the ticket screens by the window")

public:
    TicketsBackend(const KioskContext &context, QObject *parent = nullptr);
    ~TicketsBackend() override;

    // False when the kiosk is out of service or has no signing key.
    bool available() const { return m_office != nullptr; }
    linli::tickets::TicketOffice &office() const { return *m_office; }
    const HallFormat &format() const { return m_format; }
    ResidentSession &session() const { return *m_context.session; }
    const LanguageController &language() const { return *m_context.language; }
    // The receipt printer; null with [printer] backend = none.
    linli::printing::BackgroundPrinter *printer() const { return m_printer.get(); }

public slots:
    // Revokes every cancelled source's ticket; tells the screens when one was.
    int revokeCancelled();

signals:
    void ticketsChanged();

private:
    KioskContext m_context;
    HallFormat m_format;
    std::unique_ptr<linli::tickets::TicketOffice> m_office;
    std::unique_ptr<linli::printing::BackgroundPrinter> m_printer;
};
