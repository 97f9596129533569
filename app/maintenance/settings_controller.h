#pragma once

#include "maintenance/kiosk_settings.h"
#include "maintenance_backend.h"
#include "staff_screen.h"

#include <QObject>
#include <QQmlEngine>

// The Settings screen (administrators): the kiosk's settings as it reads them, changed here
// and saved together (validated, written atomically over /etc, audited by SettingsEditor).
// Volume and the default language apply at once; the rest after a restart, and it says so.
class SettingsController : public StaffScreen {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool allowed READ allowed NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY changed)
    Q_PROPERTY(QString enrolCode READ enrolCode WRITE setEnrolCode NOTIFY changed)
    Q_PROPERTY(QString checkInPlace READ checkInPlace WRITE setCheckInPlace NOTIFY changed)
    Q_PROPERTY(QString playlist READ playlist WRITE setPlaylist NOTIFY changed)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY changed)
    Q_PROPERTY(bool elderMode READ elderMode WRITE setElderMode NOTIFY changed)
    Q_PROPERTY(int syncIntervalSecs READ syncIntervalSecs NOTIFY changed)
    Q_PROPERTY(int idleTimeoutSecs READ idleTimeoutSecs NOTIFY changed)
    Q_PROPERTY(int volume READ volume NOTIFY changed)
    Q_PROPERTY(QString quietFrom READ quietFrom NOTIFY changed)
    Q_PROPERTY(QString quietTo READ quietTo NOTIFY changed)
    Q_PROPERTY(bool edited READ edited NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool messageOk READ messageOk NOTIFY changed)
    // A new enrolment code was saved: the kiosk is enrolling with the server (off this thread).
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY changed)

public:
    explicit SettingsController(QObject *parent = nullptr);

    bool allowed() const;
    QString serverUrl() const { return m_wanted.serverUrl; }
    void setServerUrl(const QString &v) { edit(m_wanted.serverUrl, v.trimmed()); }
    QString enrolCode() const { return m_wanted.enrolCode; }
    void setEnrolCode(const QString &v) { edit(m_wanted.enrolCode, v.trimmed().toUpper()); }
    QString checkInPlace() const { return m_wanted.checkInPlace; }
    void setCheckInPlace(const QString &v) { edit(m_wanted.checkInPlace, v.trimmed()); }
    QString playlist() const { return m_wanted.playlist; }
    void setPlaylist(const QString &v) { edit(m_wanted.playlist, v.trimmed()); }
    QString language() const { return m_wanted.language; }
    void setLanguage(const QString &v) { edit(m_wanted.language, v); }
    QString role() const { return m_wanted.role; }
    void setRole(const QString &v) { edit(m_wanted.role, v); }
    bool elderMode() const { return m_wanted.elderMode; }
    void setElderMode(bool v) { edit(m_wanted.elderMode, v); }
    int syncIntervalSecs() const { return m_wanted.syncIntervalSecs; }
    int idleTimeoutSecs() const { return m_wanted.idleTimeoutSecs; }
    int volume() const { return m_wanted.volume; }
    QString quietFrom() const { return m_wanted.quietFrom.toString(QStringLiteral("HH:mm")); }
    QString quietTo() const { return m_wanted.quietTo.toString(QStringLiteral("HH:mm")); }
    bool edited() const { return !(m_wanted == m_saved); }
    QString message() const;
    bool messageOk() const { return m_messageOk; }
    bool enrolling() const { return m_enrolling; }

    // One step up (+1) or down (-1) of "interval", "idle", "volume", "quietFrom" or "quietTo".
    Q_INVOKABLE void step(const QString &field, int direction);
    Q_INVOKABLE void reload(); // forgets what was not saved
    Q_INVOKABLE bool save();

signals:
    void changed();
    void enrolmentFinished(bool ok); // tests

protected:
    void staffChanged() override;
    void attached() override;

private:
    // Enrols with the saved server and code on a thread of its own; its answer joins `message`.
    void enrolInBackground(const QString &savedMessageZh, const QString &savedMessageEn);
    template <typename T> void edit(T &field, const T &value)
    {
        if (field == value)
            return;
        field = value;
        m_reason = {};
        emit changed();
    }
    QString baseFile() const;
    QString overrideFile() const;
    linli::maintenance::KioskSettings m_saved, m_wanted;
    linli::LocalizedText m_reason;
    bool m_messageOk = false;
    bool m_enrolling = false;
    int m_enrolments = 0; // an answer for an enrolment no longer wanted is dropped
};
