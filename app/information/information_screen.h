#pragma once

#include "catalog_facade.h"

#include <QObject>
#include <QQmlEngine>
#include <QQmlParserStatus>

namespace linli {
struct LocalizedText;
}

// What every information screen's controller shares: it is created by its page with the
// `information` backend as a required property, reads once the page has set all its
// properties, and reads again when the language switches. A read that storage cannot answer
// leaves a reason for the resident in `problem` (and is logged), never an exception; a record
// that is simply not there is `found: false`, which the page words as "no longer available".
class InformationScreen : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(Catalog *information READ information WRITE setInformation NOTIFY informationChanged REQUIRED)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    explicit InformationScreen(QObject *parent = nullptr);

    Catalog *information() const { return m_information; }
    void setInformation(Catalog *information);
    QString problem() const;

    void classBegin() override { }
    void componentComplete() override;

signals:
    void informationChanged();
    void changed();

protected:
    // Reads what the screen shows; may throw storage::StorageError.
    virtual void read() = 0;
    // Forgets what was read (before every read, and when it fails).
    virtual void clear() = 0;
    void refresh();
    const Catalog &catalog() const { return *m_information; }
    linli::storage::Database &db() const { return *m_information->db(); }
    linli::Language language() const;
    bool complete() const { return m_complete; }

private:
    Catalog *m_information = nullptr;
    bool m_complete = false;
    bool m_readFailed = false;
};
