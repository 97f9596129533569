#include "booking/reasons.h"

#include "storage/storage_reasons.h"

namespace linli::booking::reasons {

namespace {
LocalizedText t(const char *zh, const char *en)
{
    return { QString::fromUtf8(zh), QString::fromUtf8(en) };
}
QString zhDate(const QDate &d)
{
    return QStringLiteral("%1月%2日").arg(d.month()).arg(d.day());
}
QString enDate(const QDate &d)
{
    return d.toString(QStringLiteral("d MMMM yyyy"));
}
} // namespace

LocalizedText roomUnavailable()
{
    return t("这个房间现在不能预约了，请回去选择别的房间。",
        "This room can no longer be booked. Please go back and choose another room.");
}
LocalizedText slotTaken()
{
    return t("这个时段刚刚被别人订走了，请选择别的时段。",
        "Someone has just taken this time. Please choose another time.");
}
LocalizedText slotInPast()
{
    return t("这个时间已经过去了，请选择以后的时段。",
        "This time has already passed. Please choose a later time.");
}
LocalizedText notAlignedToSlot()
{
    return t("请从时段表里选择一个时段。", "Please choose a time from the list of slots.");
}
LocalizedText outsideOpeningHours()
{
    return t("这个时间房间不开放，请在开放时间内选择。",
        "The room is not open at this time. Please choose a time within its opening hours.");
}
LocalizedText tooLong(int maxSlots)
{
    return { QStringLiteral("一次最多只能预约%1个时段。").arg(maxSlots),
        QStringLiteral("You can book at most %1 slot(s) at a time.").arg(maxSlots) };
}
LocalizedText tooSoon(int minutes)
{
    return { QStringLiteral("需要至少提前%1分钟预约，请选择晚一点的时段。").arg(minutes),
        QStringLiteral("Bookings must be made at least %1 minutes ahead. Please choose a later time.")
            .arg(minutes) };
}
LocalizedText beyondHorizon(const QDate &lastDay)
{
    return { QStringLiteral("目前最远只能预约到%1。").arg(zhDate(lastDay)),
        QStringLiteral("For now you can book up to %1.").arg(enDate(lastDay)) };
}
LocalizedText closedDay(const LocalizedText &why)
{
    return { QStringLiteral("这一天不开放：%1").arg(why.zh),
        QStringLiteral("Closed on this day: %1").arg(why.en) };
}
LocalizedText tooManyUpcoming(int max)
{
    return { QStringLiteral("这个房间您已有%1个预约未使用，用完或取消一个后才能再约。").arg(max),
        QStringLiteral(
            "You already have %1 upcoming bookings for this room. Use or cancel one to book again.")
            .arg(max) };
}
LocalizedText weeklyHoursUsed(int maxMinutes)
{
    const QString hours = QString::number(maxMinutes / 60.0, 'g', 3);
    return { QStringLiteral("这个房间每人每周最多预约%1小时，这一周已经约满了。").arg(hours),
        QStringLiteral("Each resident may book this room for up to %1 hours a week, and that week is full.")
            .arg(hours) };
}
LocalizedText paused(const QDate &untilInclusive)
{
    return {
        QStringLiteral(
            "最近30天里有3次预约没有来签到，预约功能暂停到%1（含）。活动报名不受影响，有疑问请问服务台。")
            .arg(zhDate(untilInclusive)),
        QStringLiteral(
            "Three bookings in the last 30 days were not checked in, so room booking is paused until "
            "%1 (inclusive). Activity sign-ups still work; the service desk can help.")
            .arg(enDate(untilInclusive))
    };
}
LocalizedText bookingNotFound()
{
    return t("找不到这个预约，可能已经取消了。",
        "This booking cannot be found; it may have been cancelled already.");
}
LocalizedText cancelTooLate(int minutes)
{
    return { QStringLiteral("开始前%1分钟内不能在这里取消了，请到服务台办理。").arg(minutes),
        QStringLiteral("Within %1 minutes of the start it can no longer be cancelled here. Please ask at the "
                       "service desk.")
            .arg(minutes) };
}
LocalizedText alreadyEnded()
{
    return t("这个预约已经结束了。", "This booking has already ended.");
}
LocalizedText checkInNotYet()
{
    return t("签到在开始前15分钟开放，请稍后再来。",
        "Check-in opens 15 minutes before the start. Please come back then.");
}
LocalizedText checkInClosed()
{
    return t("签到已经结束（开始后15分钟内有效），这个时段已释放给其他人。",
        "Check-in has closed (it lasts until 15 minutes after the start) and the time has been released.");
}
LocalizedText notPending()
{
    return t("这个预约不是待审核状态。", "This booking is not waiting for approval.");
}
LocalizedText eventNotFound()
{
    return t("这个活动已经取消或不存在了。", "This activity has been cancelled or no longer exists.");
}
LocalizedText eventNoSignUp()
{
    return t("这个活动不用报名，直接来就可以。", "No sign-up is needed for this activity; just come along.");
}
LocalizedText eventStarted()
{
    return t("这个活动已经开始了，不能再报名或取消。",
        "This activity has already started; sign-up and cancellation are closed.");
}
LocalizedText alreadySignedUp()
{
    return t("您已经报过名了，不用再报。", "You have already signed up for this activity.");
}
LocalizedText lastSeatTaken()
{
    return t("最后的名额刚刚被别人报走了，您可以排候补，有人取消会自动轮到您。",
        "The last place has just been taken. You can join the waiting list; you will move up automatically "
        "when someone cancels.");
}
LocalizedText notSignedUp()
{
    return t("您没有报名这个活动。", "You are not signed up for this activity.");
}
LocalizedText busy()
{
    return storage::busyReason();
}
LocalizedText cannotSave()
{
    return storage::cannotSaveReason();
}

} // namespace linli::booking::reasons
