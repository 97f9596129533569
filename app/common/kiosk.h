#pragma once

#include "booking_desk.h"
#include "information/hall.h"
#include "catalog_facade.h"
#include "hall_clock.h"
#include "language_controller.h"
#include "notice_list_model.h"
#include "resident_session.h"

#include <QObject>
#include <QQmlEngine>

#include <optional>

// The root object the QML window is given: the hall, the language, the clock and the
// kiosk's state. Built and wired in main.cpp.
class Kiosk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(LanguageController *language READ language CONSTANT)
    Q_PROPERTY(HallClock *clock READ clock CONSTANT)
    Q_PROPERTY(NoticeListModel *urgentNotices READ urgentNotices CONSTANT)
    Q_PROPERTY(QString hallName READ hallName NOTIFY languageChanged)
    Q_PROPERTY(QString hallSubdistrict READ hallSubdistrict NOTIFY languageChanged)
    Q_PROPERTY(QString hallPhone READ hallPhone CONSTANT)
    Q_PROPERTY(bool outOfService READ outOfService CONSTANT)
    Q_PROPERTY(QString outOfServiceReasonZh READ outOfServiceReasonZh CONSTANT)
    Q_PROPERTY(QString outOfServiceReasonEn READ outOfServiceReasonEn CONSTANT)
    Q_PROPERTY(QString initialRoute READ initialRoute CONSTANT)
    Q_PROPERTY(bool elderMode READ elderMode CONSTANT)
    // The resident at the kiosk and the booking screens' backend.
    Q_PROPERTY(ResidentSession *session READ session CONSTANT)
    Q_PROPERTY(BookingDesk *booking READ booking CONSTANT)
    // Guides, facilities, activities, notices, search.
    Q_PROPERTY(Catalog *catalog READ catalog CONSTANT)

public:
    struct Parts {
        LanguageController *language = nullptr;
        HallClock *clock = nullptr;
        NoticeListModel *urgentNotices = nullptr;
        std::optional<linli::information::Hall> hall;
        linli::LocalizedText outOfServiceReason;
        QString initialRoute = QStringLiteral("home");
        bool elderMode = false;
        ResidentSession *session = nullptr;
        BookingDesk *booking = nullptr;
        Catalog *catalog = nullptr;
    };
    explicit Kiosk(Parts parts, QObject *parent = nullptr);

    LanguageController *language() const { return m_parts.language; }
    HallClock *clock() const { return m_parts.clock; }
    NoticeListModel *urgentNotices() const { return m_parts.urgentNotices; }
    QString hallName() const;
    QString hallSubdistrict() const;
    QString hallPhone() const { return m_parts.hall ? m_parts.hall->phone : QString(); }
    bool outOfService() const { return !m_parts.outOfServiceReason.isEmpty(); }
    QString outOfServiceReasonZh() const { return m_parts.outOfServiceReason.zh; }
    QString outOfServiceReasonEn() const { return m_parts.outOfServiceReason.en; }
    QString initialRoute() const { return m_parts.initialRoute; }
    bool elderMode() const { return m_parts.elderMode; }
    ResidentSession *session() const { return m_parts.session; }
    BookingDesk *booking() const { return m_parts.booking; }
    Catalog *catalog() const { return m_parts.catalog; }

    // Called by the window once the first screen is on the glass (screenshots, start-up timing).
    Q_INVOKABLE void reportScreenReady(const QString &route);

signals:
    void languageChanged();
    void screenReady(const QString &route);

private:
    Parts m_parts;
};
