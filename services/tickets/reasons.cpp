#include "tickets/reasons.h"

#include "storage/storage_reasons.h"

namespace linli::tickets::reasons {

namespace {
LocalizedText t(const char *zh, const char *en)
{
    return { QString::fromUtf8(zh), QString::fromUtf8(en) };
}
QString zhWhen(const QDateTime &t)
{
    return QStringLiteral("%1月%2日 %3").arg(t.date().month()).arg(t.date().day()).arg(t.toString(u"HH:mm"));
}
QString enWhen(const QDateTime &t)
{
    return t.toString(QStringLiteral("HH:mm 'on' d MMMM"));
}
QString octal(uint mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}
} // namespace

LocalizedText admitted()
{
    return t("验票通过，欢迎！", "Ticket accepted. Welcome!");
}
LocalizedText notATicket()
{
    return t("这不是本中心的票。请出示预约或订餐后拿到的票据二维码。",
        "This is not a ticket of this hall. Please show the ticket QR code you got when you booked or "
        "ordered.");
}
LocalizedText damaged()
{
    return t("票据二维码读不出来，可能不完整或有破损。请再扫一次，或输入票上的10位票号。",
        "This ticket cannot be read; it may be incomplete or damaged. Please scan it again, or type the "
        "10-character code printed on it.");
}
LocalizedText unsupportedVersion(quint32 version)
{
    return { QStringLiteral("这张票的格式（第%1版）本机还不认识，不能验票。请问工作人员。").arg(version),
        QStringLiteral(
            "This ticket is in a format (version %1) this kiosk does not know yet, so it cannot be checked. "
            "Please ask the staff.")
            .arg(version) };
}
LocalizedText otherHall()
{
    return t("这张票是别的服务中心开的，在本中心不能使用。",
        "This ticket was issued by another service hall and cannot be used here.");
}
LocalizedText unknownKey()
{
    return t("这张票来自一台本中心不认识的机器，不能验票。请问工作人员。",
        "This ticket comes from a machine this hall does not know, so it cannot be accepted. Please ask the "
        "staff.");
}
LocalizedText badSignature()
{
    return t("这张票的签名对不上，可能被改动过，不能使用。请问工作人员。",
        "This ticket's signature does not match; it may have been altered, so it cannot be used. Please ask "
        "the staff.");
}
LocalizedText notYetValid(const QDateTime &validFromLocal)
{
    return { QStringLiteral("这张票还没到使用时间，%1起可以使用。").arg(zhWhen(validFromLocal)),
        QStringLiteral("This ticket cannot be used yet. It is valid from %1.").arg(enWhen(validFromLocal)) };
}
LocalizedText expired(const QDateTime &validUntilLocal)
{
    return { QStringLiteral("这张票已在%1过期，不能再用了。").arg(zhWhen(validUntilLocal)),
        QStringLiteral("This ticket expired at %1 and can no longer be used.").arg(enWhen(validUntilLocal)) };
}
LocalizedText revoked()
{
    return t("这张票的预约或订餐已经取消，票已作废。",
        "The booking or order of this ticket was cancelled, so the ticket is no longer valid.");
}
LocalizedText alreadyUsed(const QDateTime &usedLocal, const QDate &todayLocal, const LocalizedText &place)
{
    const bool today = usedLocal.date() == todayLocal;
    const QString zhAt = today ? usedLocal.toString(u"HH:mm") : zhWhen(usedLocal);
    const QString enAt = today ? usedLocal.toString(u"HH:mm") : enWhen(usedLocal);
    return { QStringLiteral("这张票已在%1于%2用过了。").arg(zhAt, place.zh),
        QStringLiteral("This ticket was already used at %1 at %2.").arg(enAt, place.en) };
}
LocalizedText clockImplausible(const QDateTime &nowLocal)
{
    return { QStringLiteral("本机的时钟显示%1年%2，时间不对，不能开票或验票。请工作人员校准时间。")
                 .arg(nowLocal.date().year())
                 .arg(zhWhen(nowLocal)),
        QStringLiteral(
            "This kiosk's clock says %1 %2, which cannot be right, so tickets cannot be made or checked. "
            "Please ask the staff to set the time.")
            .arg(enWhen(nowLocal))
            .arg(nowLocal.date().year()) };
}
LocalizedText clockBehindTicket(const QDateTime &issuedLocal, const QDateTime &nowLocal)
{
    return { QStringLiteral(
                 "这张票的开票时间（%1）比本机时间（%2）还晚：本机或开票机器的时钟不对。请工作人员校准时间。")
                 .arg(zhWhen(issuedLocal), zhWhen(nowLocal)),
        QStringLiteral(
            "This ticket was issued at %1, later than this kiosk's time (%2): the clock here or on the "
            "kiosk that issued it is wrong. Please ask the staff to check the time.")
            .arg(enWhen(issuedLocal), enWhen(nowLocal)) };
}
LocalizedText codeMistyped()
{
    return t("票号是10位字母和数字（没有0、O、1、I），这个票号对不上，请核对后重新输入。",
        "A ticket code has 10 letters and digits (never 0, O, 1 or I), and this one does not check out. "
        "Please check it and type it again.");
}
LocalizedText codeUnknown()
{
    return t("本机找不到这个票号。请核对后重新输入，或扫描票上的二维码。",
        "This kiosk knows no ticket with this code. Please check the code and type it again, or scan the QR "
        "code on the ticket.");
}

LocalizedText bookingNotFound()
{
    return t("找不到这个预约，可能已经取消了。", "This booking cannot be found; it may have been cancelled.");
}
LocalizedText bookingAwaitsApproval()
{
    return t("这个预约还在等待审批，批准后才有票。",
        "This booking is waiting for approval; its ticket comes once it is approved.");
}
LocalizedText bookingNotLive()
{
    return t("这个预约已经取消或结束了，没有票。",
        "This booking was cancelled or has ended, so it has no ticket.");
}
LocalizedText signUpNotFound()
{
    return t("您没有报名这个活动，所以没有票。",
        "You have not signed up for this activity, so there is no ticket.");
}
LocalizedText signUpWaitlisted()
{
    return t("您在候补名单上，有了座位才有票。",
        "You are on the waiting list; the ticket comes when a seat is yours.");
}
LocalizedText orderNotFound()
{
    return t(
        "找不到这份订餐，可能已经取消了。", "This meal order cannot be found; it may have been cancelled.");
}
LocalizedText orderCancelled()
{
    return t("这份订餐已经取消了，没有票。", "This meal order was cancelled, so it has no ticket.");
}
LocalizedText alreadyOver()
{
    return t("已经过了使用时间，不再出票。", "Its time is over, so no ticket is made.");
}
LocalizedText cannotIssue()
{
    return t("现在出不了票，您的预约或订餐不受影响。请稍后在“我的”里再看，或问工作人员。",
        "The ticket cannot be made just now; your booking or order stands. Please look under My bookings "
        "later, or ask the staff.");
}
LocalizedText busy()
{
    return storage::busyReason();
}
LocalizedText cannotSave()
{
    return storage::cannotSaveReason();
}

LocalizedText keyFileOpenToOthers(const QString &path, uint mode)
{
    return { QStringLiteral("票据签名密钥 %1 其他用户也能访问（权限 %2），拿到它就能伪造票据。请工作人员执行 "
                            "chmod 600 %1 后重启。")
                 .arg(path, octal(mode)),
        QStringLiteral(
            "The ticket signing key %1 is open to other users (mode %2); whoever reads it can forge "
            "tickets. Please ask the staff to run chmod 600 %1 and restart.")
            .arg(path, octal(mode)) };
}
LocalizedText keyFileOtherOwner(const QString &path, uint owner, uint kioskUser)
{
    return { QStringLiteral("票据签名密钥 %1 属于另一个用户（uid %2），不属于本程序的用户（uid "
                            "%3）。请工作人员改正所有者并设权限 600 后重启。")
                 .arg(path)
                 .arg(owner)
                 .arg(kioskUser),
        QStringLiteral(
            "The ticket signing key %1 belongs to another user (uid %2), not to the kiosk's user (uid %3). "
            "Please ask the staff to give it to the kiosk's user with mode 600 and restart.")
            .arg(path)
            .arg(owner)
            .arg(kioskUser) };
}
LocalizedText keyFileNotPlain(const QString &path)
{
    return { QStringLiteral("票据签名密钥 %1 不是普通文件（可能是链接或目录）。请工作人员检查。").arg(path),
        QStringLiteral("The ticket signing key %1 is not a plain file (a link or a directory?). Please ask "
                       "the staff to check it.")
            .arg(path) };
}
LocalizedText keyFileDamaged(const QString &path, qint64 size)
{
    return { QStringLiteral("票据签名密钥 %1 "
                            "已损坏（%"
                            "2字节，应为32字节）。请工作人员从备份恢复，或删除它让本机生成新密钥（新公钥要同"
                            "步到本中心其他机器后，它们才认本机的新票）。")
                 .arg(path)
                 .arg(size),
        QStringLiteral(
            "The ticket signing key %1 is damaged (%2 bytes instead of 32). Please ask the staff to restore "
            "it from a backup, or remove it so that the kiosk makes a new key (whose public key must reach "
            "the hall's other kiosks before they accept its new tickets).")
            .arg(path)
            .arg(size) };
}
LocalizedText keyFileUnreadable(const QString &path, const QString &error)
{
    return { QStringLiteral("无法读取票据签名密钥 %1：%2。请工作人员检查存储。").arg(path, error),
        QStringLiteral(
            "Cannot read the ticket signing key %1: %2. Please ask the staff to check the storage.")
            .arg(path, error) };
}
LocalizedText keyFileNotCreated(const QString &path, const QString &error)
{
    return { QStringLiteral("无法生成票据签名密钥 %1：%2。请工作人员检查存储。").arg(path, error),
        QStringLiteral(
            "Cannot make the ticket signing key %1: %2. Please ask the staff to check the storage.")
            .arg(path, error) };
}
LocalizedText ownKeyClashes(quint32 keyId)
{
    const QString id = QStringLiteral("%1").arg(keyId, 8, 16, QLatin1Char('0'));
    return { QStringLiteral(
                 "本机的票据签名密钥（编号 "
                 "%1）与本中心另一台机器的密钥编号相同。请工作人员删除本机密钥文件后重启，生成新密钥。")
                 .arg(id),
        QStringLiteral(
            "This kiosk's ticket signing key (id %1) has the same id as another kiosk's key in this hall. "
            "Please ask the staff to remove this kiosk's key file and restart to make a new one.")
            .arg(id) };
}

} // namespace linli::tickets::reasons
