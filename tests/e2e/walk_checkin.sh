#!/bin/bash
# The check-in role on the real binary: demo-kiosk-01 issues Ming's dance room ticket (the
# unit test's fixture writes its text); a second kiosk, demo-kiosk-02 in the check-in role at
# the dance room, on a fresh data directory (so it holds only the hall's public keys), admits
# it once, says "already used" the second time and refuses a payment code. Screenshots of
# each answer in both languages go to the screenshot folder.
# Usage: walk_checkin.sh KIOSK_BINARY TEST_CHECKIN_APP SCREENSHOT_DIR
set -euo pipefail
kiosk=$1 ticket_maker=$2 shots=$3
mkdir -p "$shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "walk_checkin: $*" >&2; exit 1; }

LINLI_CHECKIN_TICKET_FILE=$work/ticket.txt "$ticket_maker" --gtest_filter='CheckinScreenTest.DemoTicketForTheWalk' >/dev/null \
    || fail "the ticket could not be made"
ticket=$(cat "$work/ticket.txt")
[[ $ticket == LT1:* ]] || fail "no ticket text"
encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$ticket")

cat >"$work/door.ini" <<INI
[kiosk]
id=demo-kiosk-02
role=checkin
[checkin]
place=room-dance
INI
now=2026-11-23T06:52:00Z # Monday 14:52 in Shanghai: the ticket admits 14:45-15:15
door() { "$kiosk" --config "$work/door.ini" --data-dir "$work/door" --now "$now" "$@"; }
db=$work/door/linli.sqlite
count() { sqlite3 "$db" "$1"; }

door --lang zh --screenshot "$shots/checkin-idle-zh.png" || fail "the idle screen did not render"
door --lang en --screenshot "$shots/checkin-idle-en.png"
[[ $(count "SELECT COUNT(*) FROM ticket_admission") == 0 ]] || fail "admitted with nothing scanned"

door --lang zh --route "checkin?scan=$encoded" --screenshot "$shots/checkin-admitted-zh.png"
[[ $(count "SELECT COUNT(*) FROM ticket_admission WHERE kiosk_id = 'demo-kiosk-02' AND place_id = 'room-dance'") == 1 ]] \
    || fail "the ticket of the other kiosk was not admitted"
[[ $(count "SELECT COUNT(*) FROM outbox WHERE kind = 'ticket.admitted'") == 1 ]] || fail "no outbox event"

door --lang en --route "checkin?scan=$encoded" --screenshot "$shots/checkin-used-en.png"
door --lang zh --route "checkin?scan=$encoded" --screenshot "$shots/checkin-used-zh.png"
[[ $(count "SELECT COUNT(*) FROM ticket_admission") == 1 ]] || fail "admitted twice"
[[ $(count "SELECT COUNT(*) FROM outbox WHERE kind = 'ticket.scan_failed' AND payload LIKE '%already_used%'") == 2 ]] \
    || fail "the second scans were not recorded as already used"

door --lang en --route "checkin?scan=https%3A%2F%2Fpay.example%2Fqr%2F8839201" --screenshot "$shots/checkin-refused-en.png"
door --lang zh --route "checkin?scan=https%3A%2F%2Fpay.example%2Fqr%2F8839201" --screenshot "$shots/checkin-refused-zh.png"
[[ $(count "SELECT COUNT(*) FROM ticket_admission") == 1 ]] || fail "a payment code changed the admissions"
echo "walk_checkin: OK"
