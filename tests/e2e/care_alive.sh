#!/usr/bin/env bash
# care_alive.sh CASE KIOSK_BINARY SCREENSHOT_DIR — the kiosk staying alive on its own:
#   crash_loop      SIGTERM stops count for nothing; five kill -9 in a row: the next start is the calm out-of-service screen
#   restore_corrupt a damaged database comes back from the newest backup, outbox kept
#   lockdown_keys   Alt+F4, Ctrl+Q, Ctrl+W, Super, Ctrl+Alt+F2 under Xvfb do nothing; lockdown=off lets them through
set -euo pipefail
case_name=$1 kiosk=$2 shots=$3
mkdir -p "$shots"
work=$(mktemp -d)
pid=""
cleanup() {
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
    [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
data=$work/data

case $case_name in
crash_loop)
    "$kiosk" --self-test --data-dir "$data" >/dev/null 2>&1 || fail "first start failed"
    # Stops by systemd (SIGTERM) are clean exits, not crashes.
    for round in 1 2 3; do
        "$kiosk" --data-dir "$data" >"$work/stop-$round.log" 2>&1 &
        pid=$!
        for _ in $(seq 100); do grep -q "scene graph:" "$work/stop-$round.log" 2>/dev/null && break; sleep 0.1; done
        sleep 0.5
        kill -TERM "$pid"; wait "$pid" || fail "SIGTERM did not end the kiosk cleanly"; pid=""
    done
    [ ! -e "$data/care/crashes" ] || fail "a SIGTERM stop was counted as a crash: $(cat "$data/care/crashes")"
    for round in 1 2 3 4 5; do
        rm -f "$work/up"
        "$kiosk" --data-dir "$data" >"$work/run-$round.log" 2>&1 &
        pid=$!
        for _ in $(seq 100); do grep -q "scene graph:" "$work/run-$round.log" 2>/dev/null && break; sleep 0.1; done
        sleep 0.5
        kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    done
    if out=$("$kiosk" --self-test --data-dir "$data" 2>&1); then fail "self-test passed after five crashes: $out"; fi
    grep -q "restarted unexpectedly 5 times in 10 minutes" <<<"$out" || fail "not the crash-loop reason: $out"
    phone=$(sqlite3 "$data/linli.sqlite" "SELECT phone FROM hall LIMIT 1")
    [ -n "$phone" ] && grep -qF "$phone" <<<"$out" || fail "the reason does not give the hall's phone ($phone): $out"
    # The crashes go out with the next sync.
    crashes=$(sqlite3 "$data/linli.sqlite" "SELECT sum(json_extract(payload, '\$.count')) FROM outbox WHERE kind = 'kiosk.crashes'")
    [ "$crashes" = 5 ] || fail "outbox reports $crashes crashes, expected 5"
    "$kiosk" --data-dir "$data" --lang zh --screenshot "$shots/care-crash-loop.png" >/dev/null 2>&1 \
        || fail "the out-of-service screen did not render"
    echo "OK: five crashes give: $(grep -o 'This kiosk restarted[^.]*' <<<"$out")"
    ;;
restore_corrupt)
    "$kiosk" --self-test --data-dir "$data" >/dev/null 2>&1 || fail "first start failed"
    mkdir -p "$data/backups"
    sqlite3 "$data/linli.sqlite" "VACUUM INTO '$data/backups/linli-20261121T190000Z.sqlite'"
    sqlite3 "$data/linli.sqlite" "INSERT INTO outbox(event_id, kind, occurred_at_utc, payload) VALUES ('after-backup', 'test', 1, '{}')"
    # Damage the page of an index on resident: the file is corrupt, the outbox still readable.
    page=$(sqlite3 "$data/linli.sqlite" "SELECT rootpage FROM sqlite_schema WHERE type='index' AND tbl_name='resident' ORDER BY rootpage LIMIT 1")
    size=$(sqlite3 "$data/linli.sqlite" "PRAGMA page_size")
    printf '\xee%.0s' $(seq 64) | dd of="$data/linli.sqlite" bs=1 seek=$(((page - 1) * size)) conv=notrunc status=none
    [ "$(sqlite3 "$data/linli.sqlite" "PRAGMA quick_check" 2>&1 | head -1)" != ok ] || fail "the damage did not show"
    out=$("$kiosk" --self-test --data-dir "$data" 2>&1) || fail "the kiosk did not come back: $out"
    grep -q "restored from the backup linli-20261121T190000Z.sqlite" <<<"$out" || fail "no restore line in the log: $out"
    [ "$(sqlite3 "$data/linli.sqlite" "PRAGMA integrity_check")" = ok ] || fail "the restored database is not ok"
    [ "$(sqlite3 "$data/linli.sqlite" "SELECT count(*) FROM outbox WHERE event_id='after-backup'")" = 1 ] \
        || fail "the outbox event written after the backup was lost"
    grep -q "restored from the backup" "$data/care/status.json" || fail "status.json does not tell staff"
    ls "$data"/linli.sqlite.corrupt-* >/dev/null || fail "the damaged file was not kept"
    echo "OK: restored, outbox kept, staff told in care/status.json"
    ;;
lockdown_keys)
    for tool in Xvfb xdotool; do command -v $tool >/dev/null || fail "$tool is missing: run deploy/kiosk.sh test"; done
    exec {display_fd}<> <(:)
    Xvfb -displayfd "$display_fd" -screen 0 1080x1920x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    read -r -t 20 display_number <&"$display_fd" || fail "Xvfb did not start"
    export DISPLAY=:$display_number QT_QPA_PLATFORM=xcb
    unset QT_QUICK_BACKEND
    press_keys() { # log: starts the kiosk, sends the escape keys, leaves the kiosk running in $pid
        "$kiosk" --data-dir "$data" --windowed --size 1080x1920 "${@:2}" >"$1" 2>&1 &
        pid=$!
        local window=""
        for _ in $(seq 100); do window=$(xdotool search --pid "$pid" --onlyvisible 2>/dev/null | head -1) && [ -n "$window" ] && break; sleep 0.2; done
        [ -n "$window" ] || fail "the kiosk's window never appeared"
        sleep 1
        xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
        for keys in alt+F4 ctrl+q ctrl+w super ctrl+alt+F2; do xdotool key --window "$window" --clearmodifiers "$keys"; xdotool key "$keys"; sleep 0.3; done
        sleep 1
    }
    QT_LOGGING_RULES="linli.care.debug=true" press_keys "$work/locked.log"
    kill -0 "$pid" 2>/dev/null || fail "the kiosk did not survive the keys: $(tail -5 "$work/locked.log")"
    # Ctrl+Alt+F2 is the X server's own (switch console): it never reaches a client, so only
    # the kiosk's survival shows for it; under cage the compositor owns it likewise.
    for combo in Alt+F4 Ctrl+Q Ctrl+W Super; do
        grep -q "lockdown: key swallowed $combo\$" "$work/locked.log" || fail "$combo was not swallowed: $(grep lockdown "$work/locked.log")"
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    printf '[care]\nlockdown=off\n' >"$work/dev.ini"
    press_keys "$work/open.log" --config "$work/dev.ini"
    grep -q "lockdown off" "$work/open.log" || fail "lockdown=off was not read"
    ! grep -q "lockdown: key swallowed" "$work/open.log" || fail "keys were swallowed with lockdown=off"
    echo "OK: four escape keys swallowed (Ctrl+Alt+F2 never reaches a client), the kiosk still running; with lockdown=off none are"
    ;;
*) fail "unknown case $case_name" ;;
esac
