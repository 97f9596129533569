#!/usr/bin/env bash
# walk_sync.sh KIOSK SHOTS CENTRAL — issue 12's "done when" on the real binaries: a real
# linli-central on loopback with the demo hall, the kiosk enrolled with it and on the real clock
# (the server judges its signed times). A booking made by taps reaches `linli-central status`
# within 2 s; a notice imported at the central reaches the kiosk's screen within a minute; with
# the server stopped the kiosk still books (within its share); restarted, the outbox drains with
# nothing lost and nothing doubled.
source "$(dirname "$0")/walk_lib.sh"
central=$3
cdata=$(mktemp -d)
content=$(mktemp -d)
server=""
trap 'walk_cleanup; [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$cdata" "$content"' EXIT
cp -r "$walk_dir/../../deploy/demo/." "$content"
export LINLI_CENTRAL_DB="$cdata/central.db"
"$central" import "$content" >/dev/null
serve() { # [port]
    "$central" serve --listen "127.0.0.1:${1:-0}" >"$cdata/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 100); do grep -q '^listening on' "$cdata/serve.log" && break; sleep 0.1; done
    port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$cdata/serve.log")
    [ -n "$port" ] || { echo "FAIL: linli-central did not start" >&2; cat "$cdata/serve.log" >&2; exit 1; }
}
serve
url="http://127.0.0.1:$port"
printf '[sync]\nserver_url=%s\ninterval_secs=30\nbackoff_cap_secs=10\n' "$url" >"$data/kiosk.ini"
"$kiosk" --enroll "$url" "$("$central" enroll --hall hall-changzhengqiao --no-qr | head -1)" \
    --data-dir "$data" --config "$data/kiosk.ini" >/dev/null
status_has() { "$central" status --last 50 2>/dev/null | grep -c -- "$1" || true; }
within() { # seconds text count: `linli-central status` lists `count` events naming text in time
    local deadline=$((SECONDS + $1))
    while [ "$(status_has "$2")" -lt "$3" ]; do
        [ $SECONDS -lt "$deadline" ] || { echo "FAIL: $3 x '$2' not in linli-central status within $1 s" >&2
            "$central" status >&2; exit 1; }
        sleep 0.2
    done
}

"$kiosk" --data-dir "$data" --config "$data/kiosk.ini" --windowed --size 1080x1920 >>"$shots/kiosk.log" 2>&1 &
pid=$!
for _ in $(seq 120); do atspi list >/dev/null 2>&1 && break; sleep 0.5; done

tap "场地预约*"; tap "舞蹈室*"; tap "明天"; tap "15:00–16:00, 空闲"; card 3301050001
tap "确认预约"; see "✓ 房间预约成功。"; shot online-booking
within 2 "room room-dance" 1
echo "the booking is in linli-central status"
tap "完成，回到首页"

python3 - "$content/notices.json" <<'PY'
import json, sys
notices = json.load(open(sys.argv[1]))
notices.append({"id": "ntc-walk", "priority": "urgent", "valid_from_offset_days": 0, "valid_days": 2,
                "title": {"zh": "明早停水一小时", "en": "No water for an hour tomorrow morning"},
                "body": {"zh": "明天8:00至9:00停水检修。", "en": "Repairs from 8:00 to 9:00 tomorrow."}})
json.dump(notices, open(sys.argv[1], "w"), ensure_ascii=False)
PY
"$central" import "$content" >/dev/null
imported=$SECONDS
tap "全部通知公告"
until atspi list 2>/dev/null | grep -qF "明早停水一小时"; do
    [ $((SECONDS - imported)) -lt 65 ] || screen_fail "the notice imported at the central is not on the kiosk after a minute"
    sleep 3; tap "回到首页" 2>/dev/null || true; tap "全部通知公告" 2>/dev/null || true
done
echo "the central's notice reached the kiosk in $((SECONDS - imported)) s"; shot notice
tap "回到首页" 2>/dev/null || true

kill "$server"; wait "$server" 2>/dev/null || true; server=""
tap "场地预约*"; tap "舞蹈室*"; tap "明天"; tap "10:00–11:00, 空闲"; card 3301050002
tap "确认预约"; see "✓ 房间预约成功。"; shot offline-booking
echo "booked with the server stopped"
tap "完成，回到首页"
serve "$port"
within 20 "room room-dance" 2 # backoff_cap_secs=10: the next retry comes within 10 s
sleep 3
[ "$(status_has "room room-dance")" -eq 2 ] || { echo "FAIL: a booking doubled" >&2; "$central" status >&2; exit 1; }
echo "PASS: sync walk-through (screenshots in $shots)"
