#include "maintenance/staff_sign_in.h"

#include "core/clock.h"
#include "maintenance/maintenance_log.h"
#include "residents/identification.h"
#include "storage/database.h"
#include "storage/storage_reasons.h"
#include "storage/transaction.h"

#include <QDateTime>

namespace linli::maintenance {

namespace {

QString keyOf(const QString &card)
{
    return card.isEmpty() ? QStringLiteral("kiosk") : QStringLiteral("card:") + card;
}

// Staff PINs lock as residents' do, counted per card (or for the kiosk, after the gesture).
constexpr residents::PinAttemptTable kStaffPinAttempts{ "staff_pin_attempt", "key" };

LocalizedText wrongPin()
{
    return { QStringLiteral("工作人员密码不对，请再试一次。"),
        QStringLiteral("That staff PIN is not right. Please try again.") };
}

LocalizedText locked(qint64 untilUtc, const QTimeZone &zone)
{
    const QString at = QDateTime::fromSecsSinceEpoch(untilUtc, zone).toString(u"HH:mm");
    return { QStringLiteral("工作人员密码错误次数太多，请在%1以后再试。").arg(at),
        QStringLiteral("Too many wrong staff PINs. Please try again after %1.").arg(at) };
}

struct Candidate {
    StaffMember member;
    QString hash;
};

std::vector<Candidate> candidates(storage::Database &db, const QString &card)
{
    auto q = db.prepare(card.isEmpty()
            ? "SELECT id, name, role, pin_hash FROM staff WHERE active = 1 ORDER BY id"
            : "SELECT id, name, role, pin_hash FROM staff WHERE active = 1 AND card = ?");
    if (!card.isEmpty())
        q.bind(1, card);
    std::vector<Candidate> found;
    while (q.step()) {
        if (const auto role = roleFromName(q.text(2)))
            found.push_back({ { q.text(0), q.text(1), *role }, q.text(3) });
    }
    return found;
}

} // namespace

bool isStaffCard(storage::Database &db, const QString &card)
{
    try {
        auto q = db.prepare("SELECT count(*) FROM staff WHERE active = 1 AND card = ?");
        q.bind(1, card.trimmed());
        return q.step() && q.integer(0) > 0;
    } catch (const storage::StorageError &e) {
        qCWarning(lcMaintenance) << "staff card lookup failed:" << e.what();
        return false;
    }
}

qint64 staffLockRemaining(storage::Database &db, const Clock &clock, const QString &card)
{
    const qint64 now = clock.nowSecs();
    const qint64 until = residents::PinLockout(db, kStaffPinAttempts, keyOf(card.trimmed())).lockedUntil(now);
    return until > now ? until - now : 0;
}

StaffSignIn signInStaff(storage::Database &db, const Clock &clock, const QTimeZone &hallZone,
    const QString &cardTyped, const QString &pin)
{
    const QString card = cardTyped.trimmed();
    const QString key = keyOf(card);
    const qint64 now = clock.nowSecs();
    return storage::refuseOnStorageError(lcMaintenance(), "staff sign-in", [&] {
        residents::PinLockout lockout(db, kStaffPinAttempts, key);
        if (const qint64 until = lockout.lockedUntil(now); until > now)
            return StaffSignIn::refuse(locked(until, hallZone)); // no verify while locked
        const bool wellFormed = pin.size() == 6 && residents::normalizePhone(pin) == pin;
        std::optional<StaffMember> match;
        for (const Candidate &c : candidates(db, card)) {
            if (wellFormed && residents::verifyPin(pin, c.hash) && !match)
                match = c.member;
        }
        storage::Transaction tx(db);
        lockout.reload(); // another kiosk connection may have counted meanwhile
        if (match) {
            lockout.forget();
            tx.commit();
            qCInfo(lcMaintenance).noquote() << "staff signed in:" << match->id;
            return StaffSignIn::success(*match);
        }
        const qint64 lockedUntil = lockout.countWrong(now);
        tx.commit();
        return StaffSignIn::refuse(lockedUntil > now ? locked(lockedUntil, hallZone) : wrongPin());
    });
}

} // namespace linli::maintenance
