#!/usr/bin/env bash
# screens.sh LANG KIOSK_BINARY SCREENSHOT_DIR — the golden screens no e2e case renders: every
# information screen and the canteen, maintenance and booked screens signed in (--demo-resident),
# the home screen signed in, the booked screen signed out, and My tickets. Compared by golden.sh.
set -euo pipefail
lang=$1 kiosk=$2 shots=$3
mkdir -p "$shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now=2026-11-22T02:00:00Z # as in tests/e2e/kiosk_smoke.sh
card=3301050001 # the demo resident 张国明
source "$(dirname "${BASH_SOURCE[0]}")/golden.sh"

shoot() { # route name [kiosk options...]
    local route=$1 name=$2
    shift 2
    "$kiosk" --data-dir "$work/data" --now $now --lang "$lang" --route "$route" "$@" \
        --screenshot "$shots/$name-$lang.png" >/dev/null || { echo "FAIL: screenshot of $route ($lang)" >&2; exit 1; }
    golden_check "$shots/$name-$lang.png"
}

# Names as the e2e cases give them: / ? = ( " become -, booking screens start with booking-.
# Not the search screens: they flap (golden.sh, golden_skipped).
for route in home guides guide/svc-senior-card guide/svc-does-not-exist facilities 'facilities?category=sports' \
    facility/room-dance facility/fac-hongqi-square floorplan 'floorplan?room=room-counter-2' events \
    'events?range=today' notices canteen maintenance; do
    shoot "$route" "$(tr '/?=(\"' '------' <<<"$route")-signed-in" --demo-resident $card
done
shoot booked booking-booked
shoot booked booking-booked-signed-in --demo-resident $card
# My tickets (a ticket's QR code is new each run: its id and time; tests/qml/tst_tickets.qml
# checks how one is drawn).
shoot tickets tickets
shoot tickets tickets-signed-in --demo-resident $card
golden_verdict
echo "PASS: golden screens ($lang)"
