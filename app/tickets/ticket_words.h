#pragma once

#include "tickets/ticket_office.h"

#include <QCoreApplication>
#include <QObject>

class TicketsBackend;

// One ticket as a screen shows it: what the QR code carries, the human code, and its details
// in the resident's language.
struct TicketRow {
    Q_GADGET
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(QString spokenCode MEMBER spokenCode)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString validity MEMBER validity)
public:
    QString text; // the QR code's
    QString code; // "ABCDE FGHJK"
    QString spokenCode; // "A B C D E, F G H J K", for the screen reader
    QString title; // "Room booking · Dance Room"
    QString validity; // "Valid Tue 24 Nov 09:45–10:15"
};

class TicketWords {
    Q_DECLARE_TR_FUNCTIONS(TicketWords)
public:
    static TicketRow describe(const linli::tickets::IssuedTicket &issued, TicketsBackend &backend);
    static QString kindLabel(linli::tickets::TicketKind kind);
};
