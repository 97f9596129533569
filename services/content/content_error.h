#pragma once

#include <QString>
#include <stdexcept>

namespace linli::content {

// Bad content: names the file (e.g. "rooms.json"), the record id (empty for a whole-file problem;
// "#3" for the third record when it has no usable id) and what is wrong with it.
class ContentError : public std::runtime_error {
public:
    ContentError(const QString &file, const QString &recordId, const QString &problem);

    QString file() const { return m_file; }
    QString recordId() const { return m_recordId; }
    QString problem() const { return m_problem; }

private:
    QString m_file;
    QString m_recordId;
    QString m_problem;
};

} // namespace linli::content
