#!/usr/bin/env bash
# tests/golden/refresh.sh [PRESET] — after an intended change to the screens: builds the kiosk
# (preset dev unless given), renders every golden screen, rewrites the references that changed
# (an unchanged screen keeps its file byte for byte) and deletes those no test renders any more.
# Then review with git status / git diff tests/golden and commit.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
preset=${1:-dev}
jobs=$(nproc 2>/dev/null || echo 2)
# A screenshot mostly waits (the kiosk grabs until two grabs a moment apart match), so twice
# as many tests as cores keep the cores busy: about a minute on two cores.
tests=$((jobs * 2))
cd "$ROOT"

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs" --target linli-kiosk golden_compare

seen=$(mktemp)
trap 'rm -f "$seen"' EXIT
# Every test that renders screens: those labelled golden, and every e2e case (one added since
# may render a new screen before it is labelled golden); not the comparer's own (GoldenCompare*).
if ! LINLI_GOLDEN_UPDATE=1 LINLI_GOLDEN_SEEN="$seen" QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
    ctest --preset "$preset" -L 'golden|e2e' -E 'GoldenCompare|test_golden_compare' -j "$tests"; then
    echo "refresh: a test failed (above); no reference was deleted" >&2
    exit 1
fi

removed=0
for reference in tests/golden/*.png; do
    [ -e "$reference" ] || continue
    if ! grep -qxF "$(basename "$reference" .png)" "$seen"; then
        rm "$reference"
        echo "removed $reference (no test renders it)"
        removed=$((removed + 1))
    fi
done
echo "refresh: $(sort -u "$seen" | wc -l) screens rendered, $removed references removed;" \
    "$(git status --porcelain --untracked-files=all -- 'tests/golden/*.png' | wc -l) added, changed or removed:"
git status --short --untracked-files=all -- 'tests/golden/*.png'
