#include "core/private_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>
#include <unistd.h>

namespace linli {

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

PrivateFileRead problem(PrivateFileRead::Problem what, int error = 0)
{
    PrivateFileRead read;
    read.problem = what;
    if (error)
        read.error = errnoText(error);
    return read;
}

} // namespace

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

PrivateFileRead readPrivateFile(const QString &path, qsizetype expectedBytes)
{
    using P = PrivateFileRead::Problem;
    const QByteArray name = QFile::encodeName(path);
    Fd in{ ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC) };
    if (in.fd < 0)
        return errno == ENOENT ? problem(P::Missing)
            : errno == ELOOP   ? problem(P::NotPlain)
                               : problem(P::Unreadable, errno);
    struct stat st { };
    if (::fstat(in.fd, &st) != 0)
        return problem(P::Unreadable, errno);
    // What the file is, told with any problem found from here on.
    const auto found = [&st](P what) {
        PrivateFileRead read = problem(what);
        read.owner = st.st_uid;
        read.mode = st.st_mode & 0777;
        read.size = st.st_size;
        return read;
    };
    if (!S_ISREG(st.st_mode))
        return found(P::NotPlain);
    if (st.st_uid != ::geteuid())
        return found(P::OtherOwner);
    if ((st.st_mode & 077) != 0)
        return found(P::OpenToOthers);
    if (st.st_size != expectedBytes)
        return found(P::WrongSize);
    PrivateFileRead read;
    read.bytes = QByteArray(expectedBytes, '\0');
    if (!readAll(in.fd, read.bytes))
        return problem(P::Unreadable, errno ? errno : EIO);
    return read;
}

int writePrivateFile(const QString &path, const QByteArray &bytes, PrivateFileWrite how)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".new";
    ::unlink(temporary.constData()); // left by a start that died half-way
    int error = 0;
    {
        Fd out{ ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600) };
        if (out.fd < 0)
            return errno;
        if (::fchmod(out.fd, 0600) != 0 || !writeAll(out.fd, bytes) || ::fsync(out.fd) != 0)
            error = errno ? errno : EIO;
    }
    if (!error) {
        const int placed = how == PrivateFileWrite::Replace
            ? ::rename(temporary.constData(), target.constData())
            : ::link(temporary.constData(), target.constData());
        if (placed != 0)
            error = errno;
    }
    if (error || how == PrivateFileWrite::KeepExisting)
        ::unlink(temporary.constData()); // a link leaves the temporary name behind
    if (error)
        return error;
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    Fd directory{ ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC) };
    if (directory.fd >= 0)
        ::fsync(directory.fd); // the new name survives a power cut
    return 0;
}

} // namespace linli
