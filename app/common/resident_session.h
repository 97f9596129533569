#pragma once

#include "residents/card_reader.h"
#include "residents/identification.h"

#include <functional>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QTimeZone>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli
class LanguageController;

// The resident at the kiosk, if any: identified by card (the reader's key burst is seen
// anywhere, through an application event filter) or phone + PIN (verified on a worker
// thread with its own connection). Ends on Done, on idle, or after a finished booking;
// ended() tells everyone holding the resident's data to wipe it. A screen left idle with
// nobody identified is wiped the same way (what a passer-by chose is not for the next
// person), and endedByIdle() takes it home.
class ResidentSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString maskedName READ maskedName NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // True in the last 20 seconds before an idle session ends: the screen asks "still there?"
    Q_PROPERTY(bool idleWarning READ idleWarning NOTIFY changed)

public:
    ResidentSession(linli::storage::Database *db, const linli::Clock &clock, const QTimeZone &hallZone,
        const LanguageController &language, int idleTimeoutSecs, QObject *parent = nullptr);

    bool active() const { return !m_identity.residentId.isEmpty(); }
    QString residentId() const { return m_identity.residentId; }
    QString maskedName() const { return m_identity.maskedName; }
    bool busy() const { return m_busy; }
    bool idleWarning() const { return m_idleWarning; }
    static constexpr int kWarningSecs = 20;
    QString message() const;

    Q_INVOKABLE void identifyCard(const QString &card);
    Q_INVOKABLE void signIn(const QString &phone, const QString &pin);
    Q_INVOKABLE void end();
    Q_INVOKABLE void clearMessage();
    // Any tap or key: the resident is still here.
    Q_INVOKABLE void stillHere();
    // A door kiosk checks tickets in: a resident's card held to its reader opens nothing.
    void setCardsAccepted(bool accepted) { m_cardsAccepted = accepted; }
    // Maintenance: a card this answers true for is a staff card, and opens no resident session.
    void setStaffCardHandler(std::function<bool(const QString &)> handler)
    {
        m_staffCard = std::move(handler);
    }

signals:
    void changed();
    void started();
    void ended();
    void endedByIdle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish(const linli::residents::IdentifyResult &result);
    void tell(const char *words);
    linli::storage::Database *m_db;
    const linli::Clock &m_clock;
    QTimeZone m_zone; // the hall's: a PIN lockout's end is told in it
    const LanguageController &m_language;
    linli::residents::Identity m_identity;
    // What the screen tells the resident: a service's reason (bilingual data), or the kiosk's
    // own words (an English source string, translated each time it is shown).
    struct Message {
        linli::LocalizedText reason;
        const char *words = nullptr;
    } m_message;
    linli::residents::CardReaderClassifier m_reader;
    QTimer m_idle, m_warn;
    QTimer m_away; // no resident, and nobody has touched the screen for twice the idle time
    bool m_idleWarning = false;
    bool m_busy = false;
    bool m_cardsAccepted = true;
    std::function<bool(const QString &)> m_staffCard;
    int m_generation = 0; // a PIN answer for an ended session is dropped
};
