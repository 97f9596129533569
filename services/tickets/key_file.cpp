#include "tickets/key_file.h"

#include "core/private_file.h"
#include "tickets/reasons.h"
#include "tickets/tickets_log.h"

#include <cerrno>
#include <sodium.h>
#include <unistd.h>

namespace linli::tickets {

namespace {

KeyFile refused(LocalizedText why)
{
    qCCritical(lcTickets).noquote() << why.en;
    KeyFile result;
    result.problem = std::move(why);
    return result;
}

KeyFile refusedFor(const QString &path, const PrivateFileRead &read)
{
    using P = PrivateFileRead::Problem;
    switch (read.problem) {
    case P::NotPlain:
        return refused(reasons::keyFileNotPlain(path));
    case P::OtherOwner:
        return refused(reasons::keyFileOtherOwner(path, read.owner, ::geteuid()));
    case P::OpenToOthers:
        return refused(reasons::keyFileOpenToOthers(path, read.mode));
    case P::WrongSize:
        return refused(reasons::keyFileDamaged(path, read.size));
    case P::None:
    case P::Missing:
    case P::Unreadable:
        break;
    }
    return refused(reasons::keyFileUnreadable(path, read.error));
}

} // namespace

QString keyFileName()
{
    return QStringLiteral("ticket-signing.key");
}

KeyFile openOrCreateKeyFile(const QString &path, const QByteArray &seedForNewKey)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        PrivateFileRead read = readPrivateFile(path, kSeedBytes);
        if (read.problem == PrivateFileRead::Problem::None) {
            KeyFile result;
            result.key.emplace(SigningKey::fromSeed(read.bytes));
            sodium_memzero(read.bytes.data(), static_cast<std::size_t>(read.bytes.size()));
            return result;
        }
        if (read.problem != PrivateFileRead::Problem::Missing)
            return refusedFor(path, read);

        SigningKey key
            = seedForNewKey.isEmpty() ? SigningKey::generate() : SigningKey::fromSeed(seedForNewKey);
        QByteArray seed = key.seed();
        // Linked into place: a second process starting at the same moment keeps the first key.
        const int error = writePrivateFile(path, seed, PrivateFileWrite::KeepExisting);
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
