#!/usr/bin/env bash
# walk_tickets.sh KIOSK [SHOTS] QR_DECODE — issue 11's "done when" on the real binary, as a
# resident and a door do it (see walk_lib.sh). Kiosk A (demo-kiosk-01, a file printer) on
# Sunday: 张国明 books the dance room for Monday 15:00 and 陈桂芳 orders Monday's lunch; each
# ticket's QR code is cut out of a screenshot of the screen and read back (qr_decode: zxing-cpp,
# as the door's camera reads); Print receipt writes a receipt PNG whose QR code reads back the
# same. On Monday a second kiosk, demo-kiosk-02 in the check-in role on a fresh data directory
# (it holds only the hall's public keys), checks the room ticket in at the dance room by
# scanner keystrokes (typed fast, as a scanner types) and says "already used" on the second
# scan; at the canteen it checks the meal ticket in from recorded camera frames (a photo of
# the screen's code, tilted, blurred, low contrast), then says "already used" when it is
# scanned again. Kiosk A then cancels the booking; until sync exists only A's database knows,
# so A itself in the check-in role refuses the ticket as revoked.
source "$(dirname "$0")/walk_lib.sh"
qr_decode=$3
work=$(mktemp -d)
trap 'walk_cleanup; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in convert sqlite3; do command -v "$tool" >/dev/null || fail "$tool is missing: run deploy/kiosk.sh test"; done

mkdir -p "$work/receipts"
ini() { # file [kiosk] id, role, [checkin] place, [printer] backend/target
    printf '[kiosk]\nid=%s\nrole=%s\n[checkin]\nplace=%s\n[printer]\nbackend=%s\ntarget=%s\n' "$2" "$3" "$4" "$5" "$6" >"$1"
}
ini "$work/a.ini" demo-kiosk-01 resident "" file "$work/receipts"
ini "$work/a-door.ini" demo-kiosk-01 checkin room-dance none ""
ini "$work/b-room.ini" demo-kiosk-02 checkin room-dance none ""
ini "$work/b-canteen.ini" demo-kiosk-02 checkin canteen-baisuitang none ""

screen_qr() { # name: cuts the ticket's QR code out of a screenshot and prints its text
    shot "$1-screen"
    atspi list > "$shots/screen.txt"
    local box
    box=$(grep -m1 -F "'凭证二维码'" "$shots/screen.txt" | sed -E 's/.*@(-?[0-9]+),(-?[0-9]+) ([0-9]+)x([0-9]+).*/\3x\4+\1+\2/') \
        || fail "no ticket QR code on screen"
    convert "$shots/$1-screen.png" -crop "$box" +repage "$shots/$1-qr.png"
    "$qr_decode" "$shots/$1-qr.png" || fail "the QR code on the screen ($shots/$1-qr.png) does not read"
}
print_receipt() { # name expected-text: Print receipt, then the new receipt PNG's QR code must read as the screen's
    local before after receipt
    before=$(ls "$work/receipts" | wc -l)
    swipe_up; tap "打印凭条"; see "已打印，请取走凭条"; shot "$1-printed"
    after=$(ls "$work/receipts" | wc -l)
    [[ $after == $((before + 1)) ]] || fail "one press gave $((after - before)) receipts"
    receipt=$(ls -t "$work/receipts"/*.png | head -1)
    cp "$receipt" "$shots/$1-receipt.png"
    [[ $(identify -format %w "$receipt") == 576 ]] || fail "the receipt is not 576 dots (80 mm) wide"
    [[ $("$qr_decode" "$receipt") == "$2" ]] || fail "the receipt's QR code does not read as the screen's ticket"
}
scan() { # text: a barcode scanner types it in one fast burst, then Enter (the result shows 3 s: look at once)
    xdotool type --delay 4 -- "$1"; xdotool key Return
}
admissions() { sqlite3 "$1/linli.sqlite" "SELECT COUNT(*) FROM ticket_admission"; }
failed_scans() { # data-dir result: the failed scans recorded with that result
    sqlite3 "$1/linli.sqlite" "SELECT COUNT(*) FROM outbox WHERE kind = 'ticket.scan_failed' AND payload LIKE '%\"$2\"%'"
}

# Kiosk A, Sunday 10:00 in Shanghai: a room booking and a meal order, each ticket on screen.
start 2026-11-22T02:00:00Z --config "$work/a.ini"
tap "场地预约*"; tap "舞蹈室*"; tap "明天"; tap "15:00–16:00, 空闲"; card 3301050001
tap "确认预约"; see "✓ 房间预约成功。"; see "凭证码："
room=$(screen_qr room)
[[ $room == LT1:* ]] || fail "the room's QR code is not a ticket: $room"
print_receipt room "$room"
tap "完成，回到首页"
tap "社区食堂*"; tap "明天"; tap "午餐"; card 3301050004
tap "老年套餐A*"; tap "确认订餐"; see "✓ 订餐成功。"
meal=$(screen_qr meal)
[[ $meal == LT1:* && $meal != "$room" ]] || fail "the meal's QR code is not a ticket of its own: $meal"
print_receipt meal "$meal"
stop

# Kiosk B at the dance room door, Monday 14:52 (the booking admits 14:45-15:15), on a fresh
# data directory: the scanner's keystrokes admit the ticket once; the second scan is used.
door=$work/door-room
start 2026-11-23T06:52:00Z --config "$work/b-room.ini" --data-dir "$door"
see "请出示二维码或输入凭证码"
# A door kiosk is one screen: no way home, and a resident's card held to it opens nothing.
not_see "回到首页"; not_see "返回上一页"
card 3301050001; not_see "已登录"; see "请出示二维码或输入凭证码"
scan "$room"; see "请进"; shot door-room-admitted
[[ $(admissions "$door") == 1 ]] || fail "the room ticket was not admitted at the door"
[[ $(sqlite3 "$door/linli.sqlite" "SELECT (SELECT COUNT(*) FROM booking) + (SELECT COUNT(*) FROM issued_ticket)") == 0 ]] \
    || fail "kiosk B knows kiosk A's booking or tickets: it should hold only the hall's public keys"
[[ $(sqlite3 "$door/linli.sqlite" "SELECT COUNT(*) FROM ticket_key WHERE kiosk_id = 'demo-kiosk-01'") == 1 ]] \
    || fail "kiosk B does not hold kiosk A's public key"
sleep 3; see "请出示二维码或输入凭证码" # back to scanning after 3 s
scan "$room"; see "这张票已用过" "这张票已在14:52于舞蹈室用过了。"; shot door-room-used
[[ $(admissions "$door") == 1 ]] || fail "the room ticket was admitted twice"
[[ $(failed_scans "$door" already_used) == 1 ]] || fail "the second scan was not recorded as already used"
stop

# Kiosk B at the canteen counter, Monday 11:30, fresh again: the camera (recorded frames: an
# empty counter, then the screen's code held up at an angle) admits the meal ticket; the
# scanner then finds it used.
convert -size 1280x720 xc:'#7d7a74' "$work/frame-empty.png"
convert -size 1280x720 xc:'#7d7a74' \( "$shots/meal-qr.png" -resize 520x520 +level 18%,82% -background '#7d7a74' \
    -rotate 9 -blur 0x1.2 \) -gravity center -geometry +140+20 -composite "$work/frame-code.png"
cp "$work/frame-code.png" "$shots/camera-frame.png"
counter=$work/door-canteen
LINLI_CAMERA_FRAMES="$work/frame-empty.png:$work/frame-empty.png:$work/frame-code.png" \
    start 2026-11-23T03:30:00Z --config "$work/b-canteen.ini" --data-dir "$counter"
see "请进"; shot counter-camera-admitted
[[ $(admissions "$counter") == 1 ]] || fail "the meal ticket was not admitted from the camera frames"
sleep 3; scan "$meal"; see "这张票已用过"; shot counter-used
[[ $(admissions "$counter") == 1 ]] || fail "the meal ticket was admitted twice"
stop

# Kiosk A, Sunday 10:10: 张国明 cancels the booking; A's own check-in (its database, in the
# check-in role at the dance room door on Monday) refuses the ticket as revoked.
start 2026-11-22T02:10:00Z --config "$work/a.ini"
card 3301050001; tap "取消预约*"; tap "是的，取消"; see "已取消。"
stop
start 2026-11-23T06:52:00Z --config "$work/a-door.ini"
see "请出示二维码或输入凭证码"
scan "$room"; see "不能通过" "这张票的预约或订餐已经取消，票已作废。"; shot revoked
[[ $(admissions "$data") == 0 ]] || fail "a revoked ticket was admitted"
[[ $(failed_scans "$data" revoked) == 1 ]] || fail "the revoked scan was not recorded"
stop
echo "PASS: tickets walk-through (screenshots, QR codes and receipts in $shots)"
