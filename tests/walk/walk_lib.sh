# walk_lib.sh — sourced by the walk-throughs: the real kiosk in a window on its own Xvfb
# display with its own accessibility bus; taps (xdotool) on controls found by their accessible
# names (AT-SPI, atspi.py), a resident card typed as the reader types it, screenshots.
# Needs xvfb xdotool at-spi2-core python3-pyatspi dbus-x11 imagemagick (deploy/kiosk.sh installs them).
set -euo pipefail
walk_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
kiosk=$1
shots=${2:-${WALK_SHOTS:-/tmp/linli-walk}}
data=$(mktemp -d)
mkdir -p "$shots"
for tool in Xvfb xdotool dbus-launch import /usr/bin/python3; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: run deploy/kiosk.sh test" >&2; exit 1; }
done

# A display of our own: -displayfd picks a free number, so walks can run side by side.
exec {display_fd}<> <(:)
Xvfb -displayfd "$display_fd" -screen 0 1080x1920x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
read -r -t 20 display_number <&"$display_fd" || { echo "FAIL: Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$display_number
eval "$(dbus-launch --sh-syntax)"
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
unset QT_QUICK_BACKEND
pid=""
walk_cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    kill "$xvfb" "$DBUS_SESSION_BUS_PID" 2>/dev/null
    rm -rf "$data"
}
trap walk_cleanup EXIT

atspi() { /usr/bin/python3 "$walk_dir/atspi.py" "$@"; }
tap() { atspi click "$@"; sleep 1.2; }
screen_fail() { # why: the walk ends, showing what the last look saw (CI prints only the output)
    echo "FAIL: $1; what was:" >&2
    sed 's/^/    /' "$shots/screen.txt" >&2 2>/dev/null || echo "    (the screen could not be read)" >&2
    exit 1
}
see() { # text...: waits up to 10 s for them all to be on the screen at once
    rm -f "$shots/screen.txt" # never an earlier look's screen in the message
    atspi see 10 "$shots/screen.txt" "$@" 2>/dev/null || screen_fail "'$*' not on screen"
}
not_see() { # text: must not be on the screen now
    atspi list > "$shots/screen.txt" 2>/dev/null || true
    if grep -qF -- "$1" "$shots/screen.txt"; then screen_fail "'$1' is on screen"; fi
}
swipe_up() { # a finger drawn up the middle of the screen: the page scrolls on
    xdotool mousemove 540 1350 mousedown 1
    for y in 1250 1100 950 800 650; do xdotool mousemove 540 "$y"; sleep 0.05; done
    xdotool mouseup 1; sleep 1
}
card() { xdotool type --delay 8 "$1"; xdotool key Return; sleep 1.5; }
shot() { import -window root "$shots/$1.png"; }
start() { # UTC instant [options]: the kiosk on the demo hall at that time (options: --config, another --data-dir)
    "$kiosk" --data-dir "$data" --now "$1" --windowed --size 1080x1920 "${@:2}" >>"$shots/kiosk.log" 2>&1 &
    pid=$!
    # A fresh process has been seen to take over ten seconds to appear on the bus under load.
    for _ in $(seq 120); do atspi list >/dev/null 2>&1 && return; sleep 0.5; done
    echo "FAIL: the kiosk never showed up on the accessibility bus" >&2; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
