#!/usr/bin/env bash
# walk_canteen.sh KIOSK [SHOTS] — the canteen walk-through on the real binary, as residents do it
# (see walk_lib.sh): 陈桂芳 (born 1938, lives alone, ¥50 of vouchers) orders tomorrow's lunch set
# with delivery at her 80–89 price, paid from her vouchers; the kitchen and delivery sheets
# list it; she cancels it from My meal orders and the vouchers come back as a ledger row; the
# sheets no longer list it. Then the prices other residents see: 刘志强 (born 1963) at the
# 60–69 tier, 周小燕 (born 1988) at full price.
source "$(dirname "$0")/walk_lib.sh"

report() { # kitchen|delivery name: the printable sheet for tomorrow's lunch, as text
    "$kiosk" report "$1" --data-dir "$data" --now 2026-11-22T01:30:00Z --date 2026-11-23 --period lunch --out "$shots/$2.pdf" \
        >>"$shots/kiosk.log" 2>&1 || { echo "FAIL: the $1 report was refused" >&2; exit 1; }
    pdftotext -layout "$shots/$2.pdf" "$shots/$2.txt"
}
sheet_has() { grep -qF -- "$2" "$shots/$1.txt" || { echo "FAIL: '$2' not in $1.pdf" >&2; exit 1; }; }
sheet_lacks() { ! grep -qF -- "$2" "$shots/$1.txt" || { echo "FAIL: '$2' still in $1.pdf" >&2; exit 1; }; }

start 2026-11-22T01:00:00Z # Sunday 09:00 in Shanghai: tomorrow's lunch takes orders until 10:00 tomorrow
tap "社区食堂*"; tap "明天"; tap "午餐"
see "老年套餐A(两荤一素+米饭), ¥15.00"; see "刷卡或登录，查看您的价格"
card 3301050004 # 陈桂芳
see "已登录：陈*芳"; see "老年套餐A(两荤一素+米饭), 您的价格¥10.50（原价¥15.00）"; shot menu
tap "老年套餐A*"; see "老年助餐补贴：88岁，按原价的70%付费"
tap "送餐上门"; see "送餐费"; see "−¥13.50"; shot dish-delivery
tap "确认订餐"; see "✓ 订餐成功。"; see "凭证二维码"; shot ordered-ticket
swipe_up; see "爱心券支付：¥13.50"; see "送餐时付款：¥0.00"; shot ordered

report kitchen kitchen-standing; sheet_has kitchen-standing "老年套餐A"
report delivery delivery-standing; sheet_has delivery-standing "陈桂芳"

tap "我的订餐和爱心券"; see "爱心券余额：¥36.50"; see "−¥13.50"
tap "取消订餐：老年套餐A*"; tap "是的，取消"
see "已取消。用掉的爱心券已退回您的余额。"; see "爱心券余额：¥50.00"; see "取消订餐退回"; see "+¥13.50"
shot cancelled; tap "完成，退出登录"

report kitchen kitchen-cancelled; sheet_lacks kitchen-cancelled "老年套餐A"
report delivery delivery-cancelled; sheet_lacks delivery-cancelled "陈桂芳"

tap "社区食堂*"; tap "明天"; tap "午餐"
card 3301050006 # 刘志强, 63 on the meal's day
see "老年套餐A(两荤一素+米饭), 您的价格¥12.80（原价¥15.00）"; tap "完成，退出登录"
tap "社区食堂*"; tap "明天"; tap "午餐"
card 3301050007 # 周小燕, 38: no subsidy
see "已登录：周*燕"; see "老年套餐A(两荤一素+米饭), ¥15.00"; not_see "您的价格"
tap "老年套餐A*"; not_see "老年助餐补贴"; shot full-price
echo "PASS: canteen walk-through (screenshots and sheets in $shots)"
