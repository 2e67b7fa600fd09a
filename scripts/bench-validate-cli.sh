#!/usr/bin/env bash
# Wall time of `classwork validate` on the bundled unit, as a teacher runs it (target: < 10 ms).
#
# Uses hyperfine when it is installed (`apt-get install hyperfine`); otherwise times a loop
# of runs with the shell's nanosecond clock (`/usr/bin/time` reports only to the hundredth
# of a second, too coarse for a run of a few milliseconds).
#
# Usage: scripts/bench-validate-cli.sh [RUNS]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-200}"
unit=activities/soviet-foreign-policy
bin=target/release/classwork

cargo build --release --quiet --bin classwork
# One run first, so a unit with errors is noticed (its time is still measured).
if ! "$bin" validate "$unit" > /dev/null; then
  echo "note: $unit has errors; timing it anyway" >&2
fi

if command -v hyperfine > /dev/null 2>&1; then
  hyperfine --shell=none --warmup 10 --runs "$runs" --ignore-failure \
    "$bin validate $unit"
else
  start=$(date +%s%N)
  for ((i = 0; i < runs; i++)); do
    "$bin" validate "$unit" > /dev/null || true
  done
  end=$(date +%s%N)
  echo "classwork validate $unit: mean $(( (end - start) / runs / 1000 )) µs over $runs runs"
fi
