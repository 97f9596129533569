#!/usr/bin/env bash
# walk_booking.sh KIOSK [SHOTS] — the booking walk-through on the real binary, as a resident does it:
# taps (xdotool) on controls found by their accessible names (AT-SPI), a resident card typed
# as the reader types it, under Xvfb. Book two hours of the dance room tomorrow, cancel it
# from My bookings, fill a small talk and join its waiting list, be promoted when a place
# frees, then book today and check in inside the window. Screenshots in SHOTS.
source "$(dirname "$0")/walk_lib.sh"

start 2026-11-22T02:00:00Z # Sunday 10:00 in Shanghai
tap "场地预约*"; tap "舞蹈室*"; tap "明天"; tap "15:00–16:00, 空闲"
tap "延长"; card 3301050001 # the card on the confirm screen: stays, keeps two hours
see "时长：2小时"; see "已登录：张*明"; shot confirm
tap "确认预约"; see "✓ 房间预约成功。"; see "15:00–17:00"; shot booked
tap "完成，回到首页"; card 3301050001 # a card on the home screen opens My bookings
tap "取消预约*"; tap "是的，取消"; see "已取消。"; tap "完成，退出登录"

to_talk() { tap "回到首页" 2>/dev/null || true; tap "活动日历*"; tap "*中医膏方小班课*"; }
for resident in 3301050002 3301050003; do
    to_talk; card "$resident"; tap "报名"; see "✓ 您已报名成功。"; tap "完成，退出登录"
done
to_talk; see "已报满，暂时无人候补。"; card 3301050004; tap "排候补"; see "您是候补第1位"; shot waiting
tap "完成，退出登录"; card 3301050003; tap "取消报名*"; tap "是的，取消"; tap "完成，退出登录"
card 3301050004; see "好消息：有人取消了"; see "已报名"; shot promoted; tap "完成，退出登录"

tap "场地预约*"; tap "舞蹈室*"; tap "11:00–12:00, 空闲"; card 3301050001; tap "确认预约"
stop
start 2026-11-22T02:50:00Z # 10:50: check-in is open
card 3301050001; tap "现在签到：舞蹈室"; see "签到成功，祝您活动愉快！"; see "已签到"; shot checked-in
echo "PASS: booking walk-through (screenshots in $shots)"
