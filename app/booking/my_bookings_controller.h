#pragma once

#include "booking_screen.h"
#include "gadget_list_model.h"

// One line of My bookings; kind is a MyBookingsController::Kind.
struct MyItemRow {
    Q_GADGET
    Q_PROPERTY(int kind MEMBER kind)
    Q_PROPERTY(QString itemId MEMBER itemId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString when MEMBER when)
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(bool cancellable MEMBER cancellable)
    Q_PROPERTY(bool checkInOpen MEMBER checkInOpen)
public:
    int kind = 0;
    QString itemId, title, when, code;
    QString status; // in words: 已确认, 候补第2位, 未获批准：…
    bool cancellable = false;
    bool checkInOpen = false;
};

// my: the resident's upcoming room bookings and activity sign-ups, what became of bookings
// that are no longer on, and a booking pause; cancel and check in from here.
class MyBookingsController : public BookingScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(GadgetListModel *items READ items CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    enum Kind { Room, Activity };
    Q_ENUM(Kind)

    explicit MyBookingsController(QObject *parent = nullptr);
    GadgetListModel *items() { return &m_items; }
    QString message() const;

    Q_INVOKABLE bool cancel(MyBookingsController::Kind kind, const QString &itemId);
    Q_INVOKABLE bool checkIn(const QString &bookingId);

protected:
    void read() override;
    void forgetResident() override;

private:
    enum class Said { Nothing, Cancelled, CheckedIn, Refused };
    GadgetListModel m_items;
    Said m_said = Said::Nothing;
    linli::LocalizedText m_refusal;
    QDate m_pausedUntil; // last day of a booking pause, inclusive
};
