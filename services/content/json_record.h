#pragma once

#include "content/content_model.h"

#include <initializer_list>
#include <optional>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <vector>

namespace linli::content {

enum class Need { Required, Optional };

// One JSON object of a content file, with typed accessors that throw ContentError naming the
// file, the record id and the field ("plan.x" inside nested objects).
class Record {
public:
    Record(QString file, QString id, QJsonObject object, QString path = {});

    const QString &file() const { return m_file; }
    const QString &id() const { return m_id; }
    [[noreturn]] void fail(const QString &problem) const;
    bool has(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }

    QString string(const QString &key, Need need = Need::Required) const;
    LocalizedText text(const QString &key, Need need = Need::Required) const;
    // {"zh": [...], "en": [...]}; with sameLength the two lists must pair up item by item.
    TextList list(const QString &key, Need need = Need::Required, bool sameLength = true) const;
    qint64 integer(const QString &key, Need need, qint64 fallback, qint64 min, qint64 max) const;
    double number(const QString &key, double min, double max) const;
    bool boolean(const QString &key, bool fallback) const;
    QTime time(const QString &key) const; // "HH:MM", 24-hour
    QString oneOf(const QString &key, std::initializer_list<const char *> allowed) const;
    // An id that must name a record read earlier (`known`); absent is fine when optional.
    std::optional<QString> reference(
        const QString &key, const QSet<QString> &known, const char *target) const;
    Record child(const QString &key, Need need = Need::Required) const;
    std::vector<QJsonValue> array(const QString &key, Need need = Need::Required) const;

private:
    QString field(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    QJsonValue value(const QString &key, Need need) const;

    QString m_file;
    QString m_id;
    QJsonObject m_object;
    QString m_path;
};

} // namespace linli::content
