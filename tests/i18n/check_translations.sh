#!/usr/bin/env bash
# check_translations.sh LUPDATE SOURCE_DIR — every user-visible string has its Chinese
# translation, and every plural one ("%n hour(s)") its English forms: lupdate over the sources
# into copies of the .ts files finds nothing new or unfinished.
set -euo pipefail
lupdate=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/i18n/linli_zh_CN.ts" "$work/zh.ts"
cp "$src/i18n/linli_en.ts" "$work/en.ts"
(cd "$src" && "$lupdate" -silent -no-obsolete qml app -ts "$work/zh.ts")
(cd "$src" && "$lupdate" -silent -no-obsolete -pluralonly qml app -ts "$work/en.ts")
status=0
if grep -q 'type="unfinished"' "$work/zh.ts"; then
    echo "Strings without a Chinese translation (run lupdate and translate them in i18n/linli_zh_CN.ts):"
    grep -B3 'type="unfinished"' "$work/zh.ts" | grep '<source>' | sed 's/^ */  /'
    status=1
fi
if grep -q 'type="unfinished"' "$work/en.ts"; then
    echo "Plural strings without their English forms (run lupdate -pluralonly and fill them in i18n/linli_en.ts):"
    grep -B3 'type="unfinished"' "$work/en.ts" | grep '<source>' | sed 's/^ */  /'
    status=1
fi
[ "$status" -eq 0 ] || exit 1
count=$(grep -c '<source>' "$work/zh.ts")
plurals=$(grep -c '<source>' "$work/en.ts")
echo "all $count strings translated ($plurals plural ones in English too)"
