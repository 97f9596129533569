#!/usr/bin/env bash
# walk_maintenance.sh KIOSK [SHOTS] — maintenance mode on the real binary, as staff use it (see
# walk_lib.sh): a resident asks for the multi-function hall (it needs approval); the
# administrator comes in by five taps in the top-left corner and the demo PIN, approves it,
# marks today's lunch set A sold out and leaves; the resident menu shows it sold out at once.
# Then the canteen's cook comes in with a staff card and sees no booking decisions.
source "$(dirname "$0")/walk_lib.sh"

pin() { for digit in $(echo "$1" | grep -o .); do tap "$digit"; done; tap "进入"; }
corner_taps() { for _ in 1 2 3 4 5; do xdotool mousemove 12 12 click 1; sleep 0.3; done; sleep 1.2; }

start 2026-11-22T01:00:00Z # Sunday 09:00 in Shanghai
tap "场地预约*"; tap "多功能厅*"; tap "明天"; tap "10:00–11:00, 空闲"; card 3301050001
tap "确认预约"; see "等待工作人员审核"; tap "完成，回到首页"

corner_taps; see "仅限工作人员。请输入6位工作人员密码。"; shot pin
pin 111111; see "工作人员密码不对，请再试一次。"
pin 900900; see "陈主任 · 管理员"; see "检查通过"; shot status
tap "今日"; tap "预约"; see "等待审核的预约"; shot today
tap "批准预约：多功能厅*"; see "预约已批准。"; not_see "批准预约：多功能厅"
tap "菜单"; tap "将早餐 · 鲜肉包标记为售完"; see "已标记售完，居民马上就能看到。"; shot sold-out
tap "退出维护模式"

card 9900000002; see "已读取工作人员卡。请输入6位工作人员密码。"
pin 135790; see "刘师傅 · 食堂工作人员"; tap "今日"; see "今日菜品"; not_see "等待审核的预约"
tap "退出维护模式"; not_see "刘师傅"
echo "PASS: maintenance walk-through (screenshots in $shots)"
