#!/usr/bin/env bash
# check_translations.sh LUPDATE SOURCE_DIR — every user-visible string has its Chinese
# translation: lupdate over the sources into a copy of the .ts finds nothing new or unfinished.
set -euo pipefail
lupdate=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/i18n/linli_zh_CN.ts" "$work/zh.ts"
(cd "$src" && "$lupdate" -silent -no-obsolete qml app -ts "$work/zh.ts")
if grep -q 'type="unfinished"' "$work/zh.ts"; then
    echo "Strings without a Chinese translation (run lupdate and translate them in i18n/linli_zh_CN.ts):"
    grep -B3 'type="unfinished"' "$work/zh.ts" | grep '<source>' | sed 's/^ */  /'
    exit 1
fi
count=$(grep -c '<source>' "$work/zh.ts")
echo "all $count strings translated"
