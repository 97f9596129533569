#pragma once

#include <optional>
#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace linli::config {

struct AtomicWriteFailure {
    bool noRoom = false; // written short: the disk (or the file size limit) is full
    QString detail; // the system's words otherwise
};

// Replaces `path` with `bytes` whole or not at all (the old file stands on any failure), creating
// its folder; with `permissions` when given (a file holding a secret: the owner's only).
std::optional<AtomicWriteFailure> writeFileAtomically(
    const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions = {});

} // namespace linli::config
