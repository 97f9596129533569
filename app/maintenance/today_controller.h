#pragma once

#include "core/outcome.h"
#include "gadget_list_model.h"
#include "staff_screen.h"

#include <functional>
#include <QObject>
#include <QQmlEngine>

class MaintenanceBackend;
namespace linli::maintenance {
class StaffActions;
}

// One dish of today's menus, for staff.
struct StaffDishRow {
    Q_GADGET
    Q_PROPERTY(QString offerId MEMBER offerId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString servings MEMBER servings)
    Q_PROPERTY(bool soldOut MEMBER soldOut)
    Q_PROPERTY(int quota MEMBER quota)
    Q_PROPERTY(int taken MEMBER taken)
public:
    QString offerId;
    QString name; // 午餐 · 红烧狮子头
    QString servings; // "12 of 40 left" / "sold out"
    bool soldOut = false;
    int quota = 0, taken = 0; // servings for today, and how many are ordered (the least quota)
};

// One booking waiting for a staff decision.
struct PendingBookingRow {
    Q_GADGET
    Q_PROPERTY(QString bookingId MEMBER bookingId)
    Q_PROPERTY(QString room MEMBER room)
    Q_PROPERTY(QString when MEMBER when)
    Q_PROPERTY(QString code MEMBER code)
public:
    QString bookingId, room, when, code;
};

// The "today" screen: today's dishes (mark one sold out, change its quota) for roles that may change the
// menu, pending bookings (approve, reject) for roles that may decide them. Each command answers in `message`
// (done, or the service's reason) and the lists re-read.
class TodayController : public StaffScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(GadgetListModel *dishes READ dishes CONSTANT)
    Q_PROPERTY(GadgetListModel *pending READ pending CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    explicit TodayController(QObject *parent = nullptr);

    GadgetListModel *dishes() { return &m_dishes; }
    GadgetListModel *pending() { return &m_pending; }
    QString message() const { return m_message; }
    QString problem() const { return m_problem; }

    Q_INVOKABLE void markSoldOut(const QString &offerId);
    Q_INVOKABLE void changeQuota(const QString &offerId, int quota);
    Q_INVOKABLE void approve(const QString &bookingId);
    Q_INVOKABLE void reject(const QString &bookingId);
    Q_INVOKABLE void read();

signals:
    void changed();

protected:
    void staffChanged() override;

private:
    // A staff command, its answer in `message` (done: the English source `done`, translated),
    // the residents' screens told (the menu, or the bookings), the lists re-read.
    void run(const std::function<linli::Outcome(linli::maintenance::StaffActions &)> &command,
        const char *done, bool menu);

    GadgetListModel m_dishes, m_pending;
    QString m_message, m_problem;
};
