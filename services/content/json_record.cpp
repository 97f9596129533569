#include "content/json_record.h"

#include "content/content_error.h"

#include <cmath>
#include <QJsonArray>
#include <QRegularExpression>

namespace linli::content {

namespace {

QString joined(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list << QString::fromLatin1(word);
    return list.join(QStringLiteral(", "));
}

} // namespace

Record::Record(QString file, QString id, QJsonObject object, QString path)
    : m_file(std::move(file))
    , m_id(std::move(id))
    , m_object(std::move(object))
    , m_path(std::move(path))
{
}

void Record::fail(const QString &problem) const
{
    throw ContentError(m_file, m_id, problem);
}

QJsonValue Record::value(const QString &key, Need need) const
{
    const QJsonValue v = m_object.value(key);
    if ((v.isUndefined() || v.isNull()) && need == Need::Required)
        fail(QStringLiteral("missing required field \"%1\"").arg(field(key)));
    return v;
}

QString Record::string(const QString &key, Need need) const
{
    const QJsonValue v = value(key, need);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(QStringLiteral("\"%1\" must be a string").arg(field(key)));
    const QString s = v.toString().trimmed();
    if (s.isEmpty() && need == Need::Required)
        fail(QStringLiteral("\"%1\" must not be empty").arg(field(key)));
    return s;
}

LocalizedText Record::text(const QString &key, Need need) const
{
    if (!has(key)) {
        value(key, need);
        return {};
    }
    const Record inner = child(key);
    if (!inner.has(QStringLiteral("zh")) || !inner.has(QStringLiteral("en")))
        fail(QStringLiteral("\"%1\" must be bilingual: {\"zh\": ..., \"en\": ...}").arg(field(key)));
    return { inner.string(QStringLiteral("zh")), inner.string(QStringLiteral("en")) };
}

TextList Record::list(const QString &key, Need need, bool sameLength) const
{
    if (!has(key)) {
        value(key, need);
        return {};
    }
    const Record inner = child(key);
    const auto strings = [&](const QString &lang) {
        QStringList out;
        for (const QJsonValue &item : inner.array(lang)) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                fail(QStringLiteral("\"%1.%2\" must be a list of non-empty strings").arg(field(key), lang));
            out << item.toString().trimmed();
        }
        return out;
    };
    const TextList result{ strings(QStringLiteral("zh")), strings(QStringLiteral("en")) };
    if (need == Need::Required && (result.zh.isEmpty() || result.en.isEmpty()))
        fail(QStringLiteral("\"%1\" must not be empty").arg(field(key)));
    if (sameLength && result.zh.size() != result.en.size())
        fail(QStringLiteral("\"%1\" has %2 Chinese and %3 English items; they must pair up")
                 .arg(field(key))
                 .arg(result.zh.size())
                 .arg(result.en.size()));
    return result;
}

qint64 Record::integer(const QString &key, Need need, qint64 fallback, qint64 min, qint64 max) const
{
    const QJsonValue v = value(key, need);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < double(min) || d > double(max))
        fail(QStringLiteral("\"%1\" must be a whole number from %2 to %3").arg(field(key)).arg(min).arg(max));
    return static_cast<qint64>(d);
}

double Record::number(const QString &key, double min, double max) const
{
    const QJsonValue v = value(key, Need::Required);
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
        fail(QStringLiteral("\"%1\" must be a number from %2 to %3").arg(field(key)).arg(min).arg(max));
    return v.toDouble();
}

bool Record::boolean(const QString &key, bool fallback) const
{
    const QJsonValue v = value(key, Need::Optional);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool())
        fail(QStringLiteral("\"%1\" must be true or false").arg(field(key)));
    return v.toBool();
}

QTime Record::time(const QString &key) const
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    const QString s = string(key);
    if (!pattern.match(s).hasMatch())
        fail(QStringLiteral("\"%1\" is \"%2\", not a time like \"09:30\"").arg(field(key), s));
    return QTime::fromString(s, QStringLiteral("HH:mm"));
}

QString Record::oneOf(const QString &key, std::initializer_list<const char *> allowed) const
{
    const QString s = string(key);
    for (const char *word : allowed) {
        if (s == QLatin1String(word))
            return s;
    }
    fail(QStringLiteral("unknown %1 \"%2\" (expected one of: %3)").arg(field(key), s, joined(allowed)));
}

std::optional<QString> Record::reference(
    const QString &key, const QSet<QString> &known, const char *target) const
{
    if (!has(key))
        return std::nullopt;
    const QString ref = string(key);
    if (!known.contains(ref))
        fail(QStringLiteral("\"%1\" names unknown %2 \"%3\"").arg(field(key), QLatin1String(target), ref));
    return ref;
}

Record Record::child(const QString &key, Need need) const
{
    const QJsonValue v = value(key, need);
    if (!v.isUndefined() && !v.isNull() && !v.isObject())
        fail(QStringLiteral("\"%1\" must be an object").arg(field(key)));
    return Record(m_file, m_id, v.toObject(), field(key));
}

std::vector<QJsonValue> Record::array(const QString &key, Need need) const
{
    const QJsonValue v = value(key, need);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(QStringLiteral("\"%1\" must be a list").arg(field(key)));
    const QJsonArray a = v.toArray();
    return { a.begin(), a.end() };
}

} // namespace linli::content
