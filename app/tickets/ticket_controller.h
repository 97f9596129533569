#pragma once

#include "ticket_words.h"
#include "tickets_screen.h"

// The ticket of one booking, activity place or meal order (the booked, event and ordered
// screens): issued on demand by the ticket office (the same ticket each time), or why there
// is none (awaiting approval, on the waiting list, cancelled ...), in the resident's language.
class TicketController : public TicketsScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Source source READ source WRITE setSource NOTIFY sourceChanged REQUIRED)
    // The booking id, the event id (the signed-in resident's place) or the meal order id.
    Q_PROPERTY(QString sourceId READ sourceId WRITE setSourceId NOTIFY sourceChanged REQUIRED)
    Q_PROPERTY(bool issued READ issued NOTIFY changed)
    Q_PROPERTY(QString reason READ reason NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString spokenCode READ spokenCode NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString validity READ validity NOTIFY changed)

public:
    enum Source { Booking, SignUp, MealOrder };
    Q_ENUM(Source)

    explicit TicketController(QObject *parent = nullptr);

    Source source() const { return m_source; }
    void setSource(Source source);
    QString sourceId() const { return m_sourceId; }
    void setSourceId(const QString &id);
    bool issued() const { return m_issued; }
    QString reason() const { return m_reason; }
    QString text() const { return m_row.text; }
    QString code() const { return m_row.code; }
    QString spokenCode() const { return m_row.spokenCode; }
    QString title() const { return m_row.title; }
    QString validity() const { return m_row.validity; }

signals:
    void sourceChanged();

protected:
    void read() override;

private:
    Source m_source = Booking;
    QString m_sourceId;
    bool m_issued = false;
    QString m_reason;
    TicketRow m_row;
};
