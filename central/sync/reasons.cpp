#include "sync/reasons.h"

namespace linli::central::reasons {

Rejection slotTaken()
{
    return { QStringLiteral("slot_taken"),
        { QStringLiteral("这个时段已被其他终端预约，请另选时间。"),
            QStringLiteral("This time was booked at another kiosk; please choose another time.") } };
}

Rejection eventFull()
{
    return { QStringLiteral("quota_exhausted"),
        { QStringLiteral("活动名额已满，报名未成功。"),
            QStringLiteral("The activity is full; the sign-up did not go through.") } };
}

Rejection mealSoldOut()
{
    return { QStringLiteral("quota_exhausted"),
        { QStringLiteral("这一餐的份数已订完，订餐未成功。"),
            QStringLiteral("All servings of this meal are taken; the order did not go through.") } };
}

Rejection unknownRoom(const QString &roomId)
{
    return { QStringLiteral("unknown_room"),
        { QStringLiteral("房间“%1”已不能预约。").arg(roomId),
            QStringLiteral("Room \"%1\" can no longer be booked.").arg(roomId) } };
}

Rejection unknownEvent(const QString &eventId)
{
    return { QStringLiteral("unknown_event"),
        { QStringLiteral("活动“%1”已取消或不存在。").arg(eventId),
            QStringLiteral("Activity \"%1\" is cancelled or does not exist.").arg(eventId) } };
}

Rejection badPayload(const QString &problem)
{
    return { QStringLiteral("bad_payload"),
        { QStringLiteral("记录内容有误，服务器无法处理：%1").arg(problem),
            QStringLiteral("The record is malformed and the server cannot take it: %1").arg(problem) } };
}

} // namespace linli::central::reasons
