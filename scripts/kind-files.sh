#!/usr/bin/env bash
# The source files whose code (tests aside) names every kind of one of the per-kind enums
# (Body, Kind, Response, or `R` where `Response` is imported as that): what adding a kind
# must touch besides its own modules. One path a line; `scripts/kind-files.sh | wc -l` counts them.
set -euo pipefail
cd "$(dirname "$0")/.."
kinds="Sort Categorize Match Rank Timeline Grid Choice Short Essay Report"
responses="Sort Categorize Match Order Grid Choice Short Essay Report"
for file in $(git ls-files 'src/*.rs'); do
    code=$(awk '/#\[cfg\(test\)\]/ { exit } { print }' "$file")
    for pair in "Body:$kinds" "Kind:$kinds" "Response:$responses" "R:$responses"; do
        enum=${pair%%:*}
        named=1
        for variant in ${pair#*:}; do
            grep -qE "\\b$enum::$variant\\b" <<<"$code" || { named=0; break; }
        done
        if [ "$named" = 1 ]; then
            echo "$file"
            break
        fi
    done
done
