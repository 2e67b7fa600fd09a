#!/usr/bin/env bash
# Counts the lines of src/ that are not tests: files named tests.rs or in a tests/ folder,
# and `#[cfg(test)]` items (a test module runs from its attribute to the `}` at the
# attribute's indentation) are left out. Prints the lines, then the lines that are neither
# blank nor only a comment.
#
# Usage: scripts/count-lines.sh [FOLDER]   (default: src)
set -euo pipefail
cd "$(dirname "$0")/.."

find "${1:-src}" -name '*.rs' ! -name tests.rs ! -path '*/tests/*' -print0 | sort -z | xargs -0 awk '
  FNR == 1 { skip = 0; pending = 0 }
  skip {
    if ($0 == close_at) skip = 0
    next
  }
  pending {
    # The item after `#[cfg(test)]`: one line ending in `;`, or a block up to its `}`.
    if ($0 !~ /;[[:space:]]*$/) { skip = 1; close_at = indent "}" }
    pending = 0
    next
  }
  /^[[:space:]]*#\[cfg\(test\)\][[:space:]]*$/ {
    match($0, /^[[:space:]]*/)
    indent = substr($0, 1, RLENGTH)
    pending = 1
    next
  }
  {
    lines++
    if ($0 !~ /^[[:space:]]*$/ && $0 !~ /^[[:space:]]*\/\//) code++
  }
  END { printf "%d lines, %d of code (not blank, not only a comment)\n", lines, code }
'
