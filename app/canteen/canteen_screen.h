#pragma once

#include "canteen/canteen_types.h"
#include "canteen_backend.h"

#include <QObject>
#include <QQmlEngine>
#include <QQmlParserStatus>

// How far ahead the canteen screens show menus (today first).
inline constexpr int kMenuDaysShown = 7;

// What every canteen screen's controller shares: created by its page with the backend as a
// required property, it reads once the page has set all its properties, and again when orders
// change anywhere, the language switches or a resident comes or goes. A read that storage
// cannot answer leaves a reason for the resident in `problem`, never an exception.
class CanteenScreen : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(CanteenBackend *canteen READ canteen WRITE setCanteen NOTIFY canteenChanged REQUIRED)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(bool identified READ identified NOTIFY changed)

public:
    explicit CanteenScreen(QObject *parent = nullptr);

    CanteenBackend *canteen() const { return m_canteen; }
    void setCanteen(CanteenBackend *canteen);
    QString problem() const;
    bool identified() const;

    void classBegin() override { }
    void componentComplete() override;

    // Words for the content's names: a meal period, a dish tag.
    static QString periodLabel(linli::canteen::MealPeriod period);
    static QString tagLabel(const QString &tag);
    static QString tagLabels(const QStringList &tags);

signals:
    void canteenChanged();
    void changed();

protected:
    // Reads what the screen shows; may throw storage::StorageError.
    virtual void read() = 0;
    // The resident left (Done, idle): forget what was theirs.
    virtual void forgetResident() { }
    void refresh();
    CanteenBackend &backend() const { return *m_canteen; }
    QString text(const linli::LocalizedText &t) const;
    bool ready() const { return m_complete && m_canteen && m_canteen->available(); }

private:
    CanteenBackend *m_canteen = nullptr;
    bool m_complete = false;
    bool m_readFailed = false;
};
