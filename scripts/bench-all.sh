#!/usr/bin/env bash
# Runs every benchmark recorded in BENCHMARKS.md, one after another, release builds.
#
# Each benchmark prints its own figures; copy them into BENCHMARKS.md with the machine and
# its load. On a shared machine, run this when nothing else is building: other work on the
# cores shows up in every figure.
#
# Usage: scripts/bench-all.sh [BENCH…]   (default: all of them)
set -euo pipefail
cd "$(dirname "$0")/.."

benches=("$@")
if [ ${#benches[@]} -eq 0 ]; then
  benches=(validate grading class redraw paste store startup serve validate-cli)
fi

echo "machine: $(nproc) cores, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "rustc: $(rustc --version)"
for bench in "${benches[@]}"; do
  echo
  echo "== $bench"
  case "$bench" in
    validate-cli) scripts/bench-validate-cli.sh ;;
    *) cargo bench --bench "$bench" ;;
  esac
done
