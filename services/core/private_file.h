#pragma once

#include <QByteArray>
#include <QString>

namespace linli {

// A small secret in a file only this process's user may read: the kiosk's ticket-signing key
// and its sync secret. Whoever reads either can act as this kiosk, so a file others can reach,
// a link, or one of the wrong size is refused; each caller says so in its own words.
struct PrivateFileRead {
    enum class Problem { None, Missing, Unreadable, NotPlain, OtherOwner, OpenToOthers, WrongSize };
    Problem problem = Problem::None;
    QByteArray bytes; // with Problem::None: exactly the expected size
    QString error; // the system's words, for Unreadable
    // What the file is, when it could be looked at (NotPlain and after).
    uint owner = 0;
    uint mode = 0; // permission bits
    qint64 size = 0;
};

// Reads the file when it is a plain file (not a link) of `expectedBytes`, owned by this user,
// that no other user may read or write.
PrivateFileRead readPrivateFile(const QString &path, qsizetype expectedBytes);

// Writes a private temporary file (mode 0600, synced), then puts it in place: Replace renames
// over an existing file; KeepExisting links it, so a file another process made first wins
// (EEXIST). A crash leaves the old file or the whole new one. Returns 0 or the errno.
enum class PrivateFileWrite { Replace, KeepExisting };
int writePrivateFile(const QString &path, const QByteArray &bytes, PrivateFileWrite how);

QString errnoText(int error);

} // namespace linli
