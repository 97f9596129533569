#pragma once

#include "booking/event_signup.h"
#include "booking_screen.h"

#include <optional>

// event/<id>: an activity's places; sign up, join the waiting list, or give the place back.
class EventController : public BookingScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString eventId READ eventId WRITE setEventId NOTIFY eventIdChanged REQUIRED)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString when READ when NOTIFY changed)
    Q_PROPERTY(QString place READ place NOTIFY changed)
    Q_PROPERTY(int capacity READ capacity NOTIFY changed)
    Q_PROPERTY(int seatsLeft READ seatsLeft NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(bool started READ started NOTIFY changed)
    Q_PROPERTY(Mine mine READ mine NOTIFY changed)
    Q_PROPERTY(int waitPosition READ waitPosition NOTIFY changed)
    Q_PROPERTY(bool cancellable READ cancellable NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // A sale beyond the kiosk's escrow shares waits here (at most 2 s) for the central server.
    Q_PROPERTY(bool confirming READ confirming NOTIFY confirmingChanged)

public:
    // The resident's own place in this activity.
    enum Mine { NotSignedUp, HasPlace, Waiting };
    Q_ENUM(Mine)

    explicit EventController(QObject *parent = nullptr);

    QString eventId() const { return m_eventId; }
    void setEventId(const QString &id);
    bool found() const { return m_seats.has_value(); }
    QString title() const;
    QString when() const;
    QString place() const;
    int capacity() const { return m_seats ? m_seats->capacity : 0; }
    int seatsLeft() const { return m_seats ? std::max(0, m_seats->capacity - m_seats->taken) : 0; }
    int waiting() const { return m_seats ? m_seats->waiting : 0; }
    bool started() const;
    Mine mine() const;
    int waitPosition() const { return m_seats ? m_seats->myWaitPosition : 0; }
    bool cancellable() const;
    QString message() const { return text(m_message); }
    bool confirming() const { return m_confirming; }

    // A place, or (waitlist) a place on the waiting list when none is left.
    Q_INVOKABLE bool signUp(bool waitlist);
    Q_INVOKABLE bool cancelSignUp();

signals:
    void eventIdChanged();
    void confirmingChanged();

protected:
    void read() override;
    void forgetResident() override { m_message = {}; }

private:
    QString m_eventId;
    std::optional<linli::booking::EventSeats> m_seats;
    linli::LocalizedText m_message;
    bool m_confirming = false;
};
