#include "residents/identification.h"

#include "core/clock.h"
#include "core/logging.h"
#include "residents/pin_hash.h"
#include "storage/database.h"
#include "storage/storage_reasons.h"
#include "storage/transaction.h"

#include <QDateTime>

namespace linli::residents {

namespace {

LocalizedText cardUnknown()
{
    return { QStringLiteral("这张卡暂时不能使用。请再刷一次，或用手机号和密码登录，也可以问服务台。"),
        QStringLiteral(
            "This card cannot be used right now. Please try again, sign in with your phone number and "
            "PIN, or ask at the service desk.") };
}

LocalizedText wrongPin()
{
    return { QStringLiteral("手机号或密码不对，请再试一次。"),
        QStringLiteral("The phone number or PIN is not right. Please try again.") };
}

LocalizedText locked(qint64 untilUtc, const QTimeZone &hallZone)
{
    const QString at = QDateTime::fromSecsSinceEpoch(untilUtc, hallZone).toString(u"HH:mm");
    return { QStringLiteral("密码错误次数太多，为保护您的账户，请在%1以后再试，或者刷卡登录。").arg(at),
        QStringLiteral("Too many wrong PINs. To protect your account, please try again after %1, or use your "
                       "card.")
            .arg(at) };
}

// Verifying against this makes an unknown number cost as much time as a known one.
const QString &dummyHash()
{
    static const QString hash = hashPin(QStringLiteral("000000"));
    return hash;
}

} // namespace

QString maskName(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 1) {
        QStringList masked;
        for (const QString &w : words)
            masked << w.left(1) + QString(w.size() - 1, u'*');
        return masked.join(u' ');
    }
    if (name.size() <= 1)
        return name;
    if (name.size() == 2)
        return name.left(1) + u'*';
    return name.left(1) + QString(name.size() - 2, u'*') + name.right(1);
}

QString normalizePhone(const QString &typed)
{
    QString digits;
    for (QChar c : typed)
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
    return digits;
}

IdentifyResult identifyByCard(storage::Database &db, const QString &card)
{
    const QString digits = normalizePhone(card);
    if (digits.isEmpty() || digits != card.trimmed() || digits.size() < 6 || digits.size() > 20)
        return IdentifyResult::refuse(cardUnknown());
    return storage::refuseOnStorageError(lcResidents(), "card identification", [&] {
        auto q = db.prepare("SELECT id, name FROM resident WHERE card = ?");
        q.bind(1, digits);
        if (!q.step())
            return IdentifyResult::refuse(cardUnknown());
        return IdentifyResult::success({ q.text(0), maskName(q.text(1)) });
    });
}

qint64 pinLockRemaining(storage::Database &db, const Clock &clock, const QString &phone)
{
    const qint64 now = clock.nowSecs();
    const qint64 until = PinLockout(db, kResidentPinAttempts, normalizePhone(phone)).lockedUntil(now);
    return until > now ? until - now : 0;
}

IdentifyResult identifyByPin(storage::Database &db, const Clock &clock, const QTimeZone &hallZone,
    const QString &phoneTyped, const QString &pin)
{
    const QString phone = normalizePhone(phoneTyped);
    const qint64 now = clock.nowSecs();
    return storage::refuseOnStorageError(lcResidents(), "PIN identification", [&] {
        PinLockout lockout(db, kResidentPinAttempts, phone);
        if (const qint64 until = lockout.lockedUntil(now); until > now)
            return IdentifyResult::refuse(
                locked(until, hallZone)); // no verify while locked: brute force gains nothing

        QString id, name, hash;
        {
            auto q = db.prepare("SELECT id, name, pin_hash FROM resident WHERE phone = ?");
            q.bind(1, phone);
            if (q.step()) {
                id = q.text(0);
                name = q.text(1);
                hash = q.optionalText(2).value_or(QString());
            }
        }
        const bool wellFormed = pin.size() == 6 && normalizePhone(pin) == pin && phone.size() >= 6;
        // Verify even when the number is unknown, against a dummy hash, so timing tells nothing.
        const bool match
            = verifyPin(pin, hash.isEmpty() ? dummyHash() : hash) && !hash.isEmpty() && wellFormed;

        storage::Transaction tx(db);
        lockout.reload(); // another kiosk connection may have counted meanwhile
        if (match) {
            lockout.forget();
            tx.commit();
            return IdentifyResult::success({ id, maskName(name) });
        }
        const qint64 lockedUntil = lockout.countWrong(now);
        tx.commit();
        return IdentifyResult::refuse(lockedUntil > now ? locked(lockedUntil, hallZone) : wrongPin());
    });
}

} // namespace linli::residents
