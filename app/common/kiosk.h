#pragma once

#include "core/localized_text.h"
#include "hall_clock.h"
#include "information/hall.h"
#include "language_controller.h"
#include "notice_list_model.h"
#include "resident_session.h"

#include <optional>
#include <QHash>
#include <QObject>
#include <QQmlEngine>

// The root object the QML window is given: the hall, the language, the clock, the resident at
// the kiosk, and each capability's backend by name. Built and wired in main.cpp.
class Kiosk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(LanguageController *language READ language CONSTANT)
    Q_PROPERTY(HallClock *clock READ clock CONSTANT)
    Q_PROPERTY(ResidentSession *session READ session CONSTANT)
    Q_PROPERTY(NoticeListModel *urgentNotices READ urgentNotices CONSTANT)
    Q_PROPERTY(QString hallName READ hallName NOTIFY languageChanged)
    Q_PROPERTY(QString hallSubdistrict READ hallSubdistrict NOTIFY languageChanged)
    Q_PROPERTY(QString hallPhone READ hallPhone CONSTANT)
    Q_PROPERTY(bool outOfService READ outOfService NOTIFY outOfServiceChanged)
    Q_PROPERTY(QString outOfServiceReasonZh READ outOfServiceReasonZh NOTIFY outOfServiceChanged)
    Q_PROPERTY(QString outOfServiceReasonEn READ outOfServiceReasonEn NOTIFY outOfServiceChanged)
    Q_PROPERTY(QString initialRoute READ initialRoute CONSTANT)
    Q_PROPERTY(bool elderMode READ elderMode CONSTANT)
    // A door or counter kiosk in the check-in role: one screen, no way home, no resident cards.
    Q_PROPERTY(bool doorKiosk READ doorKiosk CONSTANT)

public:
    struct Parts {
        LanguageController *language = nullptr;
        HallClock *clock = nullptr;
        ResidentSession *session = nullptr;
        NoticeListModel *urgentNotices = nullptr;
        std::optional<linli::information::Hall> hall;
        linli::LocalizedText outOfServiceReason;
        QString initialRoute = QStringLiteral("home");
        bool elderMode = false;
        bool doorKiosk = false;
    };
    explicit Kiosk(Parts parts, QObject *parent = nullptr);

    LanguageController *language() const { return m_parts.language; }
    HallClock *clock() const { return m_parts.clock; }
    ResidentSession *session() const { return m_parts.session; }
    NoticeListModel *urgentNotices() const { return m_parts.urgentNotices; }
    QString hallName() const;
    QString hallSubdistrict() const;
    QString hallPhone() const { return m_parts.hall ? m_parts.hall->phone : QString(); }
    bool outOfService() const { return !m_parts.outOfServiceReason.isEmpty(); }
    QString outOfServiceReasonZh() const { return m_parts.outOfServiceReason.zh; }
    QString outOfServiceReasonEn() const { return m_parts.outOfServiceReason.en; }
    QString initialRoute() const { return m_parts.initialRoute; }
    bool elderMode() const { return m_parts.elderMode; }
    bool doorKiosk() const { return m_parts.doorKiosk; }
    // While running: the kiosk stops serving (the central server revoked it), saying why.
    void goOutOfService(const linli::LocalizedText &reason);

    // A capability's backend, handed by the window to that capability's screens as a typed
    // required property of the same name (see qml/common/Capability.qml).
    void addBackend(const QString &name, QObject *backend) { m_backends.insert(name, backend); }
    Q_INVOKABLE QObject *backend(const QString &name) const { return m_backends.value(name); }
    template <typename T> T *backend(const QString &name) const { return qobject_cast<T *>(backend(name)); }

    // Called by the window once the first screen is on the glass (screenshots, start-up timing).
    Q_INVOKABLE void reportScreenReady(const QString &route);

signals:
    void languageChanged();
    void screenReady(const QString &route);
    void outOfServiceChanged();

private:
    Parts m_parts;
    QHash<QString, QObject *> m_backends;
};
