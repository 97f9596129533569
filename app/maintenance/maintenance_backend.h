#pragma once

#include "core/localized_text.h"
#include "kiosk_context.h"
#include "maintenance/corner_taps.h"
#include "maintenance/staff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

// The staff member at the kiosk, if any, for the maintenance screens: entered by the hidden
// gesture or a staff card (the resident session hands staff cards here), then a staff PIN
// verified on a worker thread. Leaving, or two minutes untouched, forgets them and takes the
// screen home (left()). Each screen asks may…() and shows only what the role may do.
class MaintenanceBackend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Given to the maintenance screens by the window")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool cardEntry READ cardEntry NOTIFY changed)
    Q_PROPERTY(QString staffName READ staffName NOTIFY changed)
    Q_PROPERTY(QString roleTitle READ roleTitle NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool mayChangeMenu READ mayChangeMenu NOTIFY changed)
    Q_PROPERTY(bool mayDecideBookings READ mayDecideBookings NOTIFY changed)
    Q_PROPERTY(bool mayRunActions READ mayRunActions NOTIFY changed)
    Q_PROPERTY(bool mayManageHall READ mayManageHall NOTIFY changed)
    Q_PROPERTY(bool mayChangeSettings READ mayChangeSettings NOTIFY changed)

public:
    static constexpr int kIdleSecs = 120;
    MaintenanceBackend(const KioskContext &context, QObject *parent = nullptr);

    bool signedIn() const { return !m_staff.id.isEmpty(); }
    bool busy() const { return m_busy; }
    bool cardEntry() const { return !m_card.isEmpty(); }
    QString staffName() const { return m_staff.name; }
    QString roleTitle() const;
    QString message() const;
    bool mayChangeMenu() const { return may(linli::maintenance::Permission::ChangeMenu); }
    bool mayDecideBookings() const { return may(linli::maintenance::Permission::DecideBookings); }
    bool mayRunActions() const { return may(linli::maintenance::Permission::RunActions); }
    bool mayManageHall() const { return may(linli::maintenance::Permission::ManageHall); }
    bool mayChangeSettings() const { return may(linli::maintenance::Permission::ChangeSettings); }
    bool may(linli::maintenance::Permission what) const;
    const linli::maintenance::StaffMember &staff() const { return m_staff; }
    const KioskContext &context() const { return m_context; }
    qint64 uptimeSecs() const { return m_uptime.elapsed() / 1000; }

    // A card from the reader: true (and cardPresented) when it is a staff card.
    bool takeStaffCard(const QString &card);
    Q_INVOKABLE void signIn(const QString &pin);
    void setIdleMs(int ms) { m_idle.setInterval(ms); } // tests; kIdleSecs otherwise
    Q_INVOKABLE void leave();
    Q_INVOKABLE void stillHere();
    // Staff changed something residents see: their screens re-read.
    void announceChange(bool menu) { emit(menu ? menuChanged() : bookingsChanged()); }
    void announceNotice() { emit noticesChanged(); }
    // Staff opened check-in mode: they are signed out and the window shows check-in there.
    void openCheckIn(const QString &placeId)
    {
        leave();
        emit checkInOpened(placeId);
    }

signals:
    void changed();
    void cardPresented(); // the window opens the maintenance route
    void gestureEntered(); // five taps in one corner: the window opens the maintenance route
    void left(); // by Leave or by idle: the window goes home
    void menuChanged();
    void bookingsChanged();
    void noticesChanged();
    void checkInOpened(const QString &placeId);

protected:
    // Every press anywhere: counts corner taps and keeps a staff member's session alive.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void endResidentSession();
    KioskContext m_context;
    linli::maintenance::CornerTapDetector m_corner;
    linli::maintenance::StaffMember m_staff;
    QString m_card; // the staff card that opened the PIN screen, if any
    linli::LocalizedText m_reason;
    bool m_busy = false;
    int m_generation = 0;
    QTimer m_idle;
    QElapsedTimer m_uptime;
};
