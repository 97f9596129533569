#!/usr/bin/env bash
# care_package.sh BUILD_DIR SCREENSHOT_DIR — the Debian packages (CPack): built, their contents
# listed and checked, installed by dpkg into a scratch root (its own dpkg database; the
# maintainer scripts run there), the units verified there with systemd-analyze, and the kiosk
# started from the installed files under its unit's policy until its home screen is up.
set -euo pipefail
build=$1 shots=$2
mkdir -p "$shots"
root=$(mktemp -d) work=$(mktemp -d)
trap 'rm -rf "$root" "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB >"$work/cpack.log" 2>&1) || fail "cpack failed: $(tail -20 "$work/cpack.log")"
kiosk_deb=$(ls "$build"/packages/linli-kiosk_*_amd64.deb) || fail "no linli-kiosk .deb"
central_deb=$(ls "$build"/packages/linli-central_*_amd64.deb) || fail "no linli-central .deb"

expect_files() { # deb file...
    local deb=$1; shift
    dpkg-deb -c "$deb" | awk '{print $6}' >"$work/list"
    for file in "$@"; do grep -qxF "./$file" "$work/list" || fail "$(basename "$deb") lacks $file"; done
}
expect_files "$kiosk_deb" usr/bin/linli-kiosk usr/lib/systemd/system/linli-kiosk.service etc/linli/kiosk.ini \
    usr/lib/sysusers.d/linli.conf usr/share/linli/demo/hall.json usr/share/linli/demo/residents.json \
    usr/share/linli/demo/pictures/dish-set-a.svg
expect_files "$central_deb" usr/bin/linli-central usr/lib/systemd/system/linli-central.service etc/linli/central.env
# Nothing outside the places a package may own, and no build tree leaking in.
if dpkg-deb -c "$kiosk_deb" "$central_deb" 2>/dev/null | awk '{print $6}' | grep -vE '^\./(etc/linli|usr/(bin|lib/systemd/system|lib/sysusers\.d|share/(linli|doc)))?(/|$)' | grep -v '^\./usr/$\|^\./usr/lib/$\|^\./usr/share/$\|^\./etc/$'; then
    fail "files outside /usr/bin, /usr/lib/systemd, /usr/share/linli, /usr/share/doc, /etc/linli"
fi
depends=$(dpkg-deb -f "$kiosk_deb" Depends)
for dep in cage qml6-module-qtquick fonts-noto-cjk libqt6quick6 libsystemd0; do
    grep -q "$dep" <<<"$depends" || fail "linli-kiosk does not depend on $dep: $depends"
done
# dpkg runs only control members named exactly postinst, and keeps only listed conffiles.
for deb in "$kiosk_deb" "$central_deb"; do
    dpkg-deb --ctrl-tarfile "$deb" | tar -t >"$work/control"
    grep -qxF ./postinst "$work/control" || fail "$(basename "$deb") has no postinst: $(tr '\n' ' ' <"$work/control")"
done
# (Whole outputs into variables: grep -q leaving a pipe early would fail it under pipefail.)
grep -qxF /etc/linli/kiosk.ini <<<"$(dpkg-deb -I "$kiosk_deb" conffiles)" || fail "kiosk.ini is not a conffile"
grep -qxF /etc/linli/central.env <<<"$(dpkg-deb -I "$central_deb" conffiles)" || fail "central.env is not a conffile"

# dpkg -i into the scratch root. Its maintainer scripts run without chroot (the root has no
# shell of its own) and see DPKG_ROOT; the dependencies are the host's, not the root's.
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers" "$root/etc"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
host_passwd=$(md5sum </etc/passwd)
dpkg --root="$root" --log=/dev/null --force-script-chrootless --force-depends -i "$kiosk_deb" "$central_deb" \
    >"$work/dpkg.log" 2>&1 || fail "dpkg -i failed: $(tail -20 "$work/dpkg.log")"
for package in linli-kiosk linli-central; do
    grep -qx "Status: install ok installed" <<<"$(dpkg --root="$root" -s "$package" 2>&1)" \
        || fail "$package is not 'install ok installed': $(tail -20 "$work/dpkg.log")"
done
grep -q "^u linli " "$root/usr/lib/sysusers.d/linli.conf" || fail "no linli user in sysusers.d"
grep -q "^linli:x:[0-9]*:[0-9]*:Linli kiosk:/var/lib/linli:" "$root/etc/passwd" \
    || fail "the postinst did not create the user linli in the root: $(cat "$root/etc/passwd" 2>&1)"
[ "$(md5sum </etc/passwd)" = "$host_passwd" ] || fail "the postinst changed the host's /etc/passwd"
unit=$root/usr/lib/systemd/system/linli-kiosk.service
for line in Type=notify WatchdogSec= NotifyAccess=all User=linli ProtectSystem=strict PrivateTmp=yes \
    NoNewPrivileges=yes ReadWritePaths=/var/lib/linli "ExecStart=/usr/bin/cage"; do
    grep -q "^$line" "$unit" || fail "linli-kiosk.service lacks $line"
done
# The diagnostics bundle goes to a USB stick: writable under ProtectSystem=strict, optional.
for media in /media /run/media; do
    grep -qxF -- "-$media" <<<"$(grep "^ReadWritePaths=" "$unit" | tr ' =' '\n\n')" \
        || fail "linli-kiosk.service does not make $media writable (optional, with -)"
done

# systemd-analyze verify in the scratch root: its own units, the host's targets, the compositor.
if command -v systemd-analyze >/dev/null && [ -x /usr/bin/cage ]; then
    cp -an /lib/systemd/system/. "$root/usr/lib/systemd/system/"
    cp /usr/bin/cage "$root/usr/bin/cage"
    verify=$(systemd-analyze verify --man=no --root="$root" /usr/lib/systemd/system/linli-kiosk.service \
        /usr/lib/systemd/system/linli-central.service 2>&1) || fail "systemd-analyze verify: $verify"
    [ -z "$verify" ] || fail "systemd-analyze verify complains: $verify"
else
    echo "note: systemd-analyze or cage missing (deploy/kiosk.sh installs them): units not verified"
fi

# The kiosk from the installed files: its configuration, its demo hall, compiled-in QML.
data=$work/data
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/linli-kiosk" --config "$root/etc/linli/kiosk.ini" --data-dir "$data" \
    --self-test 2>&1) || fail "the installed kiosk's self-test failed: $out"
grep -q "self-test: OK" <<<"$out" || fail "unexpected self-test output: $out"
grep -q "content $root/usr/share/linli/demo" <<<"$out" || fail "the installed demo hall was not used: $out"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/linli-kiosk" --config "$root/etc/linli/kiosk.ini" --data-dir "$data" \
    --now 2026-11-22T02:00:00Z --lang zh --screenshot "$shots/package-home-zh.png" >/dev/null 2>&1 \
    || fail "the installed kiosk did not draw its home screen"
[ "$(stat -c %s "$shots/package-home-zh.png")" -gt 30000 ] || fail "the installed kiosk's home screen looks blank"
# As its unit starts it (ExecStart after cage's "--", Type=notify), until READY=1 says the home
# screen is up, then stopped as systemctl stop would.
python3 "$(dirname "${BASH_SOURCE[0]}")/care_watchdog.py" "$root/usr/bin/linli-kiosk" installed "$unit" \
    "$root/etc/linli/kiosk.ini" || fail "the installed kiosk did not come up under its unit's policy"
"$root/usr/bin/linli-central" status --db "$work/central.db" >/dev/null 2>&1 || fail "the installed linli-central does not run"
echo "OK: $(basename "$kiosk_deb") ($(stat -c %s "$kiosk_deb") bytes), $(basename "$central_deb") ($(stat -c %s "$central_deb") bytes) installed by dpkg (user linli made); units verified; kiosk started from the package"
