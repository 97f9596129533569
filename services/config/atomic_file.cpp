#include "config/atomic_file.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace linli::config {

std::optional<AtomicWriteFailure> writeFileAtomically(
    const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    // Unbuffered, so a short write shows in write()'s count: Qt 6.4's buffered QSaveFile lost a
    // short write (disk full, file size limit) and committed the cut file.
    const bool opened = out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
        && (permissions == QFileDevice::Permissions{} || out.setPermissions(permissions));
    if (opened && out.write(bytes) == bytes.size() && out.commit())
        return std::nullopt;
    if (opened && out.error() == QFileDevice::NoError)
        return AtomicWriteFailure{ true, {} };
    return AtomicWriteFailure{ false, out.errorString() };
}

} // namespace linli::config
