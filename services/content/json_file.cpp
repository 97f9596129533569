// Reading content files: JSON syntax errors with their line, record lists with unique ids.
#include "content/json_file.h"

#include "content/content_error.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace linli::content {

namespace {

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

std::optional<QJsonValue> readJsonFile(const QString &dir, const QString &fileName)
{
    QFile file(QDir(dir).filePath(fileName));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        throw ContentError(fileName, {}, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
    QByteArray data = file.readAll();
    if (data.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as some editors write
        data.remove(0, 3);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, data.size());
        const qsizetype line = data.left(offset).count('\n') + 1;
        const qsizetype column = offset - data.lastIndexOf('\n', offset - 1);
        throw ContentError(fileName, {},
            QStringLiteral("invalid JSON at line %1, column %2 (byte offset %3): %4")
                .arg(line)
                .arg(column)
                .arg(offset)
                .arg(error.errorString()));
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

std::vector<Record> readRecords(const QString &dir, const QString &fileName, bool allowSingle)
{
    const std::optional<QJsonValue> root = readJsonFile(dir, fileName);
    if (!root)
        return {};
    QJsonArray items;
    if (root->isArray())
        items = root->toArray();
    else if (allowSingle)
        items.append(*root);
    else
        throw ContentError(fileName, {}, QStringLiteral("the file must hold a JSON list [...] of records"));

    std::vector<Record> records;
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString position = QStringLiteral("#%1").arg(i + 1);
        if (!items.at(i).isObject())
            throw ContentError(fileName, position, QStringLiteral("each record must be a JSON object {...}"));
        const QJsonObject object = items.at(i).toObject();
        const QString id = Record(fileName, position, object).string(QStringLiteral("id"));
        if (!isValidId(id))
            throw ContentError(fileName, position,
                QStringLiteral("id \"%1\" must be 1-64 ASCII letters, digits, '.', '_' or '-'").arg(id));
        if (seen.contains(id))
            throw ContentError(fileName, id, QStringLiteral("duplicate id \"%1\"").arg(id));
        seen.insert(id);
        records.emplace_back(fileName, id, object);
    }
    return records;
}
} // namespace linli::content
