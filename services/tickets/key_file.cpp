#include "tickets/key_file.h"

#include "tickets/reasons.h"
#include "tickets/tickets_log.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QDir>
#include <QFileInfo>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace linli::tickets {

namespace {

// Closes a descriptor when it goes out of scope.
struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

KeyFile refused(LocalizedText why)
{
    qCCritical(lcTickets).noquote() << why.en;
    KeyFile result;
    result.problem = std::move(why);
    return result;
}

bool readAll(int fd, QByteArray &into)
{
    qsizetype done = 0;
    while (done < into.size()) {
        const ssize_t n = ::read(fd, into.data() + done, static_cast<std::size_t>(into.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n
            = ::write(fd, bytes.constData() + done, static_cast<std::size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

KeyFile readKey(const QString &path, int fd)
{
    struct stat st { };
    if (::fstat(fd, &st) != 0)
        return refused(reasons::keyFileUnreadable(path, errnoText(errno)));
    if (!S_ISREG(st.st_mode))
        return refused(reasons::keyFileNotPlain(path));
    if (st.st_uid != ::geteuid())
        return refused(reasons::keyFileOtherOwner(path, st.st_uid, ::geteuid()));
    if ((st.st_mode & 077) != 0)
        return refused(reasons::keyFileOpenToOthers(path, st.st_mode & 0777));
    if (st.st_size != kSeedBytes)
        return refused(reasons::keyFileDamaged(path, st.st_size));
    QByteArray seed(kSeedBytes, '\0');
    if (!readAll(fd, seed))
        return refused(reasons::keyFileUnreadable(path, errnoText(errno)));
    KeyFile result;
    result.key.emplace(SigningKey::fromSeed(seed));
    sodium_memzero(seed.data(), static_cast<std::size_t>(seed.size()));
    return result;
}

// Writes the seed to a private temporary file and links it into place: a crash leaves either
// no key or the whole key, and a second process starting at the same moment keeps the first key.
// Returns 0, or the errno that stopped it (EEXIST: another process made the key first).
int writeKey(const QString &path, const QByteArray &seed)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".new";
    ::unlink(temporary.constData()); // left by a start that died half-way
    Fd out{ ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600) };
    if (out.fd < 0)
        return errno;
    int error = 0;
    if (::fchmod(out.fd, 0600) != 0 || !writeAll(out.fd, seed) || ::fsync(out.fd) != 0)
        error = errno ? errno : EIO;
    if (!error && ::link(temporary.constData(), target.constData()) != 0)
        error = errno;
    ::unlink(temporary.constData());
    if (error)
        return error;
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    Fd directory{ ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC) };
    if (directory.fd >= 0)
        ::fsync(directory.fd); // the new name survives a power cut
    return 0;
}

} // namespace

QString keyFileName()
{
    return QStringLiteral("ticket-signing.key");
}

KeyFile openOrCreateKeyFile(const QString &path, const QByteArray &seedForNewKey)
{
    const QByteArray name = QFile::encodeName(path);
    for (int attempt = 0; attempt < 2; ++attempt) {
        Fd in{ ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC) };
        if (in.fd >= 0)
            return readKey(path, in.fd);
        if (errno == ELOOP)
            return refused(reasons::keyFileNotPlain(path));
        if (errno != ENOENT)
            return refused(reasons::keyFileUnreadable(path, errnoText(errno)));

        SigningKey key
            = seedForNewKey.isEmpty() ? SigningKey::generate() : SigningKey::fromSeed(seedForNewKey);
        QByteArray seed = key.seed();
        const int error = writeKey(path, seed);
        sodium_memzero(seed.data(), static_cast<std::size_t>(seed.size()));
        if (error == EEXIST)
            continue; // another start made it first: use theirs
        if (error != 0)
            return refused(reasons::keyFileNotCreated(path, errnoText(error)));
        qCInfo(lcTickets).noquote() << "made the kiosk's ticket signing key" << path << "key id"
                                    << QString::number(key.keyId(), 16);
        KeyFile result;
        result.key.emplace(std::move(key));
        result.created = true;
        return result;
    }
    return refused(reasons::keyFileNotCreated(path, errnoText(EEXIST)));
}

} // namespace linli::tickets
