#!/usr/bin/env bash
# kiosk_smoke.sh CASE KIOSK_BINARY SCREENSHOT_DIR — one end-to-end check of linli-kiosk.
set -euo pipefail
case_name=$1 kiosk=$2 shots=$3
mkdir -p "$shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fixed instant (Sunday 22 Nov 2026, 10:00 in Shanghai) so screenshots are reproducible.
now=2026-11-22T02:00:00Z

fail() { echo "FAIL: $*" >&2; exit 1; }
source "$(dirname "${BASH_SOURCE[0]}")/../golden/golden.sh" # golden_check, golden_verdict

png_size() { # prints WxH of a PNG from its IHDR chunk
    od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'
}

expect_png() { # file
    [ -s "$1" ] || fail "no screenshot at $1"
    [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$1 is not a PNG"
    [ "$(png_size "$1")" = "1080x1920" ] || fail "$1 is $(png_size "$1"), not 1080x1920"
    # A real screen has thousands of bytes of detail; a blank one compresses to almost nothing.
    [ "$(stat -c %s "$1")" -gt 30000 ] || fail "$1 looks blank ($(stat -c %s "$1") bytes)"
    golden_check "$1" # against tests/golden/<the same name> when ctest asks (label golden)
}

case $case_name in
self_test)
    out=$("$kiosk" --self-test --data-dir "$work/data" 2>&1) || fail "self-test failed: $out"
    grep -q "self-test: OK" <<<"$out" || fail "unexpected self-test output: $out"
    [ -s "$work/data/linli.sqlite" ] || fail "no database created"
    # A second start on the same data finds the content already there.
    "$kiosk" --self-test --data-dir "$work/data" >/dev/null 2>&1 || fail "second start failed"
    ;;
screenshot_home_zh | screenshot_home_en)
    lang=${case_name##*_}
    "$kiosk" --data-dir "$work/data" --now $now --lang "$lang" --route home --screenshot "$shots/home-$lang.png" \
        || fail "screenshot failed"
    expect_png "$shots/home-$lang.png"
    ;;
screenshot_routes)
    for route in guides facilities events rooms canteen my maintenance; do
        for lang in zh en; do
            "$kiosk" --data-dir "$work/data" --now $now --lang $lang --route $route \
                --screenshot "$shots/$route-$lang.png" >/dev/null || fail "screenshot of $route ($lang) failed"
            expect_png "$shots/$route-$lang.png"
        done
    done
    ;;
booking_screens)
    # Every booking route in both languages, signed out and (through the
    # --demo-resident test aid) signed in as the demo card's resident 张国明.
    tomorrow_15=1795417200 # Monday 23 Nov 2026 15:00 in Shanghai
    for lang in zh en; do
        for route in login rooms room/room-dance "confirm/room-dance@$tomorrow_15" event/evt-talk-tcm-small my; do
            name=$(tr '/@' '__' <<<"$route")
            "$kiosk" --data-dir "$work/data" --now $now --lang $lang --route "$route" \
                --screenshot "$shots/booking-$name-$lang.png" >/dev/null || fail "screenshot of $route ($lang) failed"
            expect_png "$shots/booking-$name-$lang.png"
            "$kiosk" --data-dir "$work/data" --now $now --lang $lang --route "$route" --demo-resident 3301050001 \
                --screenshot "$shots/booking-$name-signed-in-$lang.png" >/dev/null \
                || fail "signed-in screenshot of $route ($lang) failed"
            expect_png "$shots/booking-$name-signed-in-$lang.png"
        done
    done
    # Only hashes of the demo PINs are stored.
    if grep -q 123456 "$work/data/linli.sqlite"; then fail "a demo PIN is stored in plain text"; fi
    ;;
canteen_screens)
    # The canteen's routes in both languages, signed out and (--demo-resident) signed in as
    # 陈桂芳 (born 1938, 独居, ¥50 of vouchers): her price, delivery and vouchers on the dish.
    for lang in zh en; do
        for route in canteen/2026-11-23/lunch canteen/2026-11-22/lunch dish/2026-11-23.lunch.dish-set-a orders \
            order/none; do
            name=$(tr '/' '_' <<<"$route")
            "$kiosk" --data-dir "$work/data" --now $now --lang $lang --route "$route" \
                --screenshot "$shots/canteen-$name-$lang.png" >/dev/null || fail "screenshot of $route ($lang) failed"
            expect_png "$shots/canteen-$name-$lang.png"
            "$kiosk" --data-dir "$work/data" --now $now --lang $lang --route "$route" --demo-resident 3301050004 \
                --screenshot "$shots/canteen-$name-signed-in-$lang.png" >/dev/null \
                || fail "signed-in screenshot of $route ($lang) failed"
            expect_png "$shots/canteen-$name-signed-in-$lang.png"
        done
    done
    ;;
canteen_reports)
    # The kitchen count and the delivery list of Monday's lunch as PDFs, from orders placed through
    # the canteen's own services by the demo-order test aid: 陈桂芳 has set meal A delivered,
    # 刘志强 collects two of set B. Then her order is cancelled and the count no longer lists it.
    command -v pdftotext >/dev/null || { echo "SKIP: pdftotext (poppler-utils) is missing"; exit 77; }
    data="$work/data"
    "$kiosk" --self-test --data-dir "$data" --now $now >/dev/null 2>&1 || fail "could not prepare a database"
    order() { "$kiosk" demo-order --data-dir "$data" --now $now "$@"; }
    chen=$(order --card 3301050004 --offer 2026-11-23.lunch.dish-set-a --delivery) || fail "her order was refused"
    order --card 3301050006 --offer 2026-11-23.lunch.dish-set-b --quantity 2 >/dev/null || fail "his order was refused"
    # Made without a display: the report draws offscreen whatever platform the session names.
    report() { # kind out [more]
        local kind=$1 out=$2; shift 2
        QT_QPA_PLATFORM=xcb DISPLAY= WAYLAND_DISPLAY= "$kiosk" report "$kind" --date 2026-11-23 --period lunch \
            --out "$out" --data-dir "$data" --now 2026-11-22T02:30:00Z "$@" >/dev/null
    }
    expect_text() { # file words...
        local file=$1 text; shift
        text=$(pdftotext -layout "$file" -)
        for words in "$@"; do grep -qF -- "$words" <<<"$text" || fail "$file does not say \"$words\": $text"; done
    }
    report kitchen "$work/kitchen.pdf" || fail "the kitchen count was not written"
    [ "$(head -c 5 "$work/kitchen.pdf")" = "%PDF-" ] || fail "kitchen.pdf is not a PDF"
    expect_text "$work/kitchen.pdf" 备餐统计表 长征桥社区服务综合体 "2026年11月23日 周一 · 午餐" "制表时间：2026年11月22日 周日 10:30" \
        合计 "第 1 页，共 1 页"
    pdftotext -layout "$work/kitchen.pdf" - | grep -Eq "老年套餐A\(两荤一素\+米饭\) +0 +1 +1" \
        || fail "set meal A is not 0 collected, 1 delivered, 1 in all"
    pdftotext -layout "$work/kitchen.pdf" - | grep -Eq "老年套餐B\(一荤两素\+米饭\) +2 +0 +2" \
        || fail "set meal B is not 2 collected"
    report delivery "$work/delivery.pdf" || fail "the delivery list was not written"
    expect_text "$work/delivery.pdf" 送餐清单 "北线：小河佳苑北区" 陈桂芳 小河佳苑北区18幢2单元302室 13800000004 \
        "老年套餐A(两荤一素" 请多敲门
    if pdftotext "$work/delivery.pdf" - | grep -q 刘志强; then fail "an eat-in order is on the delivery list"; fi
    report delivery "$work/delivery-en.pdf" --lang en || fail "the English delivery list was not written"
    expect_text "$work/delivery-en.pdf" "Delivery list" "Flat 302, Unit 2, Building 18," \
        "Knock loudly" "Page 1 of 1"
    for pdf in kitchen delivery; do # for a reviewer to look at
        pdftoppm -png -r 60 -singlefile "$work/$pdf.pdf" "$shots/report-$pdf" 2>/dev/null || true
    done
    order --card 3301050004 --cancel "$(awk '{print $2}' <<<"$chen")" >/dev/null || fail "her cancellation was refused"
    report kitchen "$work/kitchen-after.pdf" || fail "the kitchen count was not written again"
    if pdftotext "$work/kitchen-after.pdf" - | grep -q 老年套餐A; then fail "the cancelled order is still counted"; fi
    expect_text "$work/kitchen-after.pdf" 老年套餐B
    ;;
canteen_report_bad_arguments)
    # Each says what is wrong in Chinese and in English, exits non-zero and writes nothing.
    data="$work/data"
    "$kiosk" --self-test --data-dir "$data" --now $now >/dev/null 2>&1 || fail "could not prepare a database"
    mkdir -p "$work/empty" "$work/corrupt"
    head -c 65536 /dev/urandom >"$work/corrupt/linli.sqlite"
    refused() { # zh en args...
        local zh=$1 en=$2 out; shift 2
        if out=$("$kiosk" report "$@" 2>&1); then fail "accepted: report $*"; fi
        grep -qF -- "$zh" <<<"$out" || fail "no Chinese \"$zh\" for: report $*: $out"
        grep -qF -- "$en" <<<"$out" || fail "no English \"$en\" for: report $*: $out"
        [ -z "$(find "$work" -name '*.pdf')" ] || fail "report $* left $(find "$work" -name '*.pdf')"
    }
    good=(--date 2026-11-23 --period lunch --out "$work/out.pdf" --data-dir "$data")
    refused 请指明要哪份报表 "Say which report" weekly "${good[@]}"
    refused 2026-02-30 "must be a real day" kitchen --date 2026-02-30 --period lunch --out "$work/out.pdf" --data-dir "$data"
    refused 真实存在的日期 "YYYY-MM-DD" kitchen --date 23/11/2026 --period lunch --out "$work/out.pdf" --data-dir "$data"
    refused 早餐 "breakfast, lunch or dinner" delivery --date 2026-11-23 --period supper --out "$work/out.pdf" \
        --data-dir "$data"
    refused 无法写入 "Cannot write" kitchen --date 2026-11-23 --period lunch --out "$work/no/such/folder/out.pdf" \
        --data-dir "$data"
    refused "缺少 --out" "Missing --out" kitchen --date 2026-11-23 --period lunch --data-dir "$data"
    refused 没有自助机的数据库 "no kiosk database" kitchen --date 2026-11-23 --period lunch --out "$work/out.pdf" \
        --data-dir "$work/empty"
    [ ! -e "$work/empty/linli.sqlite" ] || fail "a database was created where there was none"
    refused 已损坏 "damaged" kitchen --date 2026-11-23 --period lunch --out "$work/out.pdf" --data-dir "$work/corrupt"
    [ "$(stat -c %s "$work/corrupt/linli.sqlite")" = 65536 ] || fail "the corrupt database was modified"
    ;;
screenshot_information)
    # Every information screen in both languages (names: / and ? become -).
    for route in guides guide/svc-senior-card guide/svc-does-not-exist facilities 'facilities?category=sports' \
        facility/room-dance facility/fac-hongqi-square floorplan 'floorplan?room=room-counter-2' events \
        'events?range=today' notices search 'search?q=lnk' 'search?q=dance' 'search?q=NEAR("'; do
        for lang in zh en; do
            name=$(tr '/?=(\"' '------' <<<"$route")
            "$kiosk" --data-dir "$work/data" --now $now --lang $lang --route "$route" \
                --screenshot "$shots/$name-$lang.png" >/dev/null || fail "screenshot of $route ($lang) failed"
            expect_png "$shots/$name-$lang.png"
        done
    done
    ;;
out_of_service_corrupt)
    mkdir -p "$work/data"
    head -c 65536 /dev/urandom > "$work/data/linli.sqlite"
    if out=$("$kiosk" --self-test --data-dir "$work/data" 2>&1); then fail "self-test passed on a corrupt database"; fi
    grep -q "damaged" <<<"$out" || fail "reason does not say the database is damaged: $out"
    # The screen names the database file: relative to $work, it reads the same every run (tests/golden).
    kiosk_path=$(realpath "$kiosk") shots_path=$(realpath "$shots")
    (cd "$work" && "$kiosk_path" --data-dir data --now $now --screenshot "$shots_path/out-of-service.png" >/dev/null) \
        || fail "the out-of-service screen did not render"
    expect_png "$shots/out-of-service.png"
    # Nothing was overwritten: the broken file is kept for staff to inspect or recover.
    [ "$(stat -c %s "$work/data/linli.sqlite")" = 65536 ] || fail "the corrupt file was modified"
    ;;
out_of_service_no_data_dir)
    # /proc refuses new directories even to root: the kiosk must say so, not crash.
    if out=$("$kiosk" --self-test --data-dir /proc/linli-cannot-exist 2>&1); then fail "self-test passed"; fi
    grep -q "Cannot create the data directory" <<<"$out" || fail "unexpected reason: $out"
    ;;
out_of_service_read_only | out_of_service_disk_full)
    # Real read-only and full file systems need a private mount namespace (root); skip otherwise.
    unshare -m true 2>/dev/null || { echo "SKIP: no mount namespace here"; exit 77; }
    if [ $case_name = out_of_service_read_only ]; then
        "$kiosk" --self-test --data-dir "$work/data" >/dev/null 2>&1 || fail "could not prepare a database"
        setup="mount --bind '$work/data' '$work/data' && mount -o remount,ro,bind '$work/data'"
        expected="read-only"
    else
        mkdir -p "$work/data"
        setup="mount -t tmpfs -o size=96k tmpfs '$work/data'"
        expected="disk is full"
    fi
    if out=$(unshare -m bash -c "$setup && exec '$kiosk' --self-test --data-dir '$work/data'" 2>&1); then
        fail "self-test passed"
    fi
    grep -q "$expected" <<<"$out" || fail "the reason does not say '$expected': $out"
    ;;
bad_config)
    printf '[kiosk]\nid=Not A Valid Id!\nidle_timeout_secs=3\n' > "$work/kiosk.ini"
    if out=$("$kiosk" --self-test --config "$work/kiosk.ini" --data-dir "$work/data" 2>&1); then
        fail "self-test passed with an invalid kiosk id"
    fi
    grep -q "kiosk/id" <<<"$out" || fail "the bad key is not named: $out"
    grep -q "idle_timeout_secs" <<<"$out" || fail "the out-of-range value is not named: $out"
    ;;
bad_arguments)
    if "$kiosk" --lang fr >/dev/null 2>&1; then fail "--lang fr accepted"; fi
    if "$kiosk" --size huge >/dev/null 2>&1; then fail "--size huge accepted"; fi
    "$kiosk" --help | grep -q -- "--screenshot" || fail "--help does not list --screenshot"
    ;;
*) fail "unknown case $case_name" ;;
esac
golden_verdict
echo "PASS: $case_name"
