#!/usr/bin/env bash
# check_format.sh SOURCE_DIR — fails if a C++ file under services/, app/, central/ or tests/ is
# not formatted as .clang-format says (clang-format 14, as Debian 12 ships it). Fix with:
#   clang-format -i $(git ls-files 'services/*' 'app/*' 'central/*' 'tests/*' | grep -E '\.(cpp|h)$')
set -euo pipefail
root=$1
cd "$root"

# Another major version formats some constructs differently: only 14 is authoritative.
format=""
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null && "$candidate" --version | grep -q "version 14\."; then
        format=$candidate
        break
    fi
done
if [ -z "$format" ]; then
    echo "SKIP: clang-format 14 is not installed (Debian 12: apt-get install clang-format)"
    exit 77
fi

# The files git knows (so nothing generated or built); a copy without .git falls back to find.
pattern='\.(c|cc|cpp|cxx|h|hh|hpp|hxx|ipp|inc)$'
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- services app central tests \
        | grep -E "$pattern" | while read -r f; do [ -e "$f" ] && echo "$f"; done)
else
    mapfile -t files < <(find services app central tests -type d \( -name 'build*' -o -name '.*' \) -prune \
        -o -type f -print | grep -E "$pattern" | sort)
fi
[ ${#files[@]} -gt 0 ] || { echo "FAIL: no C++ sources found under $root"; exit 1; }

if out=$("$format" --dry-run --Werror "${files[@]}" 2>&1); then
    echo "PASS: ${#files[@]} files formatted as .clang-format says ($("$format" --version | head -1))"
    exit 0
fi
mapfile -t bad < <(grep -oE '^[^:]+:[0-9]+:[0-9]+: error:' <<<"$out" | cut -d: -f1 | sort -u)
echo "FAIL: ${#bad[@]} of ${#files[@]} files are not formatted (clang-format --dry-run --Werror):"
printf '  %s\n' "${bad[@]}"
echo "First complaints:"
head -n 30 <<<"$out"
echo "Fix: $format -i <files> (from $root)"
exit 1
