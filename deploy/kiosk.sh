#!/usr/bin/env bash
# Linli's set-up, build, run and test script (see README.md).
#   deploy/kiosk.sh run [-- ARGS]   install what is missing, build, start the kiosk on the demo hall
#   deploy/kiosk.sh test            the same set-up, then every test (dev and asan presets)
#   deploy/kiosk.sh bench           build optimised and run the benchmarks (JSON in build/bench/)
#   deploy/kiosk.sh package         build optimised, then the Debian packages (build/release/packages/)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JOBS=$(nproc 2>/dev/null || echo 2)

# Everything Linli needs from Debian 12, to build, run and test.
PACKAGES=(
    build-essential cmake ninja-build pkg-config git ca-certificates ccache
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    qt6-virtualkeyboard-dev qt6-multimedia-dev qt6-speech-dev qt6-httpserver-dev qt6-websockets-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
    qml6-module-qtqml-models qml6-module-qttest qml6-module-qtquick-virtualkeyboard
    qml6-module-qtquick-shapes qml6-module-qtmultimedia qml6-module-qttexttospeech
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
    libgl-dev libvulkan-dev libxkbcommon-dev
    libsqlite3-dev libqrencode-dev libprotobuf-dev protobuf-compiler libsodium-dev libzxing-dev
    libgtest-dev libgmock-dev libbenchmark-dev clang-format
    fonts-noto-cjk
    unicode-data qt6-virtualkeyboard-plugin qml6-module-qt-labs-folderlistmodel libqt6svg6
    socat iproute2 util-linux
    xvfb xdotool at-spi2-core python3-pyatspi dbus-x11 imagemagick
    poppler-utils sqlite3
    libsystemd-dev systemd cage
)

say() { printf '\033[1m[linli]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[linli]\033[0m %s\n' "$*" >&2; exit 1; }

install_missing_packages() {
    local missing=()
    for pkg in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && { say "all ${#PACKAGES[@]} Debian packages present"; return; }
    say "installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "run as root (or install sudo) to install: ${missing[*]}"
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # preset [target...]
    local preset=$1; shift
    say "configuring and building ($preset) into build/$preset"
    (cd "$ROOT" && cmake --preset "$preset" >/dev/null)
    (cd "$ROOT" && cmake --build --preset "$preset" -j "$JOBS" ${1:+--target "$@"})
}

run_tests() { # preset
    say "running every test ($1)"
    (cd "$ROOT" && QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
        ctest --preset "$1" -j "$JOBS" --timeout 300)
}

# The demo kiosk enrolled with the local linli-central: its state lives beside the central's
# (build/central/kiosk), so the two stay a pair; enrolled once, with the fresh code
# start_central left. Sets KIOSK_ARGS (--data-dir, --config with [sync] server_url).
enrol_kiosk() {
    local kiosk="$ROOT/build/release/bin/linli-kiosk"
    local data="${LINLI_CENTRAL_DIR:-$ROOT/build/central}/kiosk"
    mkdir -p "$data"
    printf '; written by deploy/kiosk.sh run\n[sync]\nserver_url=%s\n' "$LINLI_CENTRAL_URL" >"$data/kiosk.ini"
    KIOSK_ARGS=(--data-dir "$data" --config "$data/kiosk.ini")
    [ -f "$data/sync-secret.key" ] && { say "the kiosk is enrolled with the central ($data)"; return; }
    local out
    out=$("$kiosk" --enroll "$LINLI_CENTRAL_URL" "$LINLI_ENROL_CODE" "${KIOSK_ARGS[@]}" 2>&1) \
        || die "the kiosk could not enrol: $(printf '%s\n' "$out" | tail -1)"
    say "$(printf '%s\n' "$out" | tail -1)"
}

start_kiosk() {
    local kiosk="$ROOT/build/release/bin/linli-kiosk"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        say "starting linli-kiosk in a window on the demo hall"
        exec "$kiosk" --windowed "$@"
    fi
    start_kiosk_on_vnc "$kiosk" "$@"
}

# No display: serve the kiosk on Qt's VNC platform, reachable only from this machine.
# Qt 6.4's VNC plugin listens on every interface, so as root the kiosk runs in a network
# namespace of its own and socat forwards 127.0.0.1:5900 into it.
start_kiosk_on_vnc() {
    local kiosk=$1; shift
    local port=${LINLI_VNC_PORT:-5900}
    local platform="vnc:size=1080x1920:port=5900"
    if [ "$(id -u)" -ne 0 ]; then
        say "not root: the VNC server listens on all interfaces at port $port"
        say "connect a VNC viewer to 127.0.0.1:$port"
        QT_QPA_PLATFORM="vnc:size=1080x1920:port=$port" exec "$kiosk" "$@"
    fi
    # The namespace has only its own loopback: its syncs reach the central's port through a Unix
    # socket (the file system is shared), one socat on each side.
    local sock="" bridge="" central_port=""
    if [ -n "${LINLI_CENTRAL_URL:-}" ]; then
        central_port=${LINLI_CENTRAL_URL##*:}
        sock="${LINLI_CENTRAL_DIR:-$ROOT/build/central}/central.sock"
        rm -f "$sock"
        socat "UNIX-LISTEN:$sock,fork" "TCP:127.0.0.1:$central_port" &
        bridge=$!
    fi
    unshare --net --fork -- bash -c 'ip link set lo up
        if [ -n "$0" ]; then
            setpriv --pdeathsig TERM socat "TCP-LISTEN:${0##*:},bind=127.0.0.1,reuseaddr,fork" "UNIX-CONNECT:${0%:*}" &
        fi
        exec "$@"' "${sock:+$sock:$central_port}" \
        env QT_QPA_PLATFORM="$platform" "$kiosk" "$@" &
    local outer=$!
    local inner=""
    for _ in $(seq 50); do
        inner=$(pgrep -P "$outer" -f linli-kiosk || true)
        [ -n "$inner" ] && break
        sleep 0.1
    done
    [ -n "$inner" ] || die "the kiosk did not start"
    socat "TCP-LISTEN:$port,bind=127.0.0.1,reuseaddr,fork" \
        "EXEC:nsenter -t $inner -n socat STDIO TCP\:127.0.0.1\:5900" &
    local forwarder=$!
    # Expanded now: the locals are gone by the time an EXIT trap runs. The kiosk itself is
    # named because unshare --fork ignores SIGTERM and SIGINT while it waits for it.
    trap "kill $forwarder $inner $outer $bridge 2>/dev/null || true" EXIT INT TERM
    say "linli-kiosk is running on the demo hall without a display."
    say "connect a VNC viewer to 127.0.0.1:$port (e.g. 'vncviewer 127.0.0.1::$port'); Ctrl-C stops it."
    wait "$outer"
}

# A local linli-central on loopback with the demo hall, for the kiosk to sync with. It stops
# with this script (even after `exec` makes it the kiosk): setpriv asks for SIGTERM on that.
# Leaves LINLI_CENTRAL_URL and LINLI_ENROL_CODE (a fresh one-time code) for the kiosk.
start_central() {
    local central="$ROOT/build/release/bin/linli-central"
    local data=${LINLI_CENTRAL_DIR:-$ROOT/build/central}
    local port=${LINLI_CENTRAL_PORT:-8765}
    mkdir -p "$data"
    export LINLI_CENTRAL_DB="$data/central.db"
    local imported
    imported=$("$central" import "$ROOT/deploy/demo" 2>&1) || die "linli-central import failed: $imported"
    say "central: $(printf '%s\n' "$imported" | tail -1)"
    setpriv --pdeathsig TERM "$central" serve --listen "127.0.0.1:$port" >"$data/serve.log" 2>&1 &
    for _ in $(seq 50); do
        grep -q '^listening on' "$data/serve.log" 2>/dev/null && break
        sleep 0.1
    done
    grep -q '^listening on' "$data/serve.log" || die "linli-central did not start (see $data/serve.log)"
    export LINLI_CENTRAL_URL="http://127.0.0.1:$port"
    LINLI_ENROL_CODE=$("$central" enroll --hall hall-changzhengqiao --no-qr | head -1)
    export LINLI_ENROL_CODE
    say "linli-central serves the demo hall at $LINLI_CENTRAL_URL (log: $data/serve.log)"
    say "'LINLI_CENTRAL_DB=$LINLI_CENTRAL_DB $central status' lists the kiosks"
}

run_benchmarks() {
    mkdir -p "$ROOT/build/bench"
    local found=0
    for bench in "$ROOT"/build/release/bin/bench_*; do
        [ -x "$bench" ] || continue
        found=1
        local name; name=$(basename "$bench")
        say "benchmark $name"
        QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$bench" \
            --benchmark_out="$ROOT/build/bench/$name.json" --benchmark_out_format=json
    done
    [ $found -eq 1 ] || die "no benchmarks were built"
    say "results: build/bench/*.json"
}

command=${1:-}
shift || true
[ "${1:-}" = "--" ] && shift
case $command in
run)
    install_missing_packages
    build release linli-kiosk linli-central
    start_central
    enrol_kiosk
    start_kiosk "${KIOSK_ARGS[@]}" "$@"
    ;;
test)
    install_missing_packages
    for preset in ${LINLI_TEST_PRESETS:-dev asan}; do
        build "$preset"
        run_tests "$preset"
    done
    say "all tests passed"
    ;;
bench)
    install_missing_packages
    build release
    run_benchmarks
    ;;
package)
    install_missing_packages
    build release linli-kiosk linli-central
    say "packaging (CPack, Debian)"
    (cd "$ROOT/build/release" && cpack -G DEB)
    say "packages: $(ls "$ROOT"/build/release/packages/*.deb | tr '\n' ' ')"
    ;;
*)
    sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    [ -z "$command" ] || [ "$command" = help ] || [ "$command" = --help ] || exit 2
    ;;
esac
