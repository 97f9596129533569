#include "content/content_error.h"

namespace linli::content {

namespace {

std::string describe(const QString &file, const QString &recordId, const QString &problem)
{
    const QString where = recordId.isEmpty() ? file : QStringLiteral("%1, record \"%2\"").arg(file, recordId);
    return QStringLiteral("%1: %2").arg(where, problem).toStdString();
}

} // namespace

ContentError::ContentError(const QString &file, const QString &recordId, const QString &problem)
    : std::runtime_error(describe(file, recordId, problem))
    , m_file(file)
    , m_recordId(recordId)
    , m_problem(problem)
{
}

} // namespace linli::content
