#!/usr/bin/env bash
# Times `steady validate` on a synthetic registry: the whole process, the start-up alone
# (`steady --version`) and, from `validate --profile`, the time after start-up with its stages.
#
#   tests/bench/validate.sh [N]              N projects (default 10000)
#
# Environment: RUNS (default 5), SEED (default 20261127), AS_OF (default 2026-11-27),
# WORK (work folder, default a fresh temporary one), KEEP=1 (keep the work folder).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

n=${1:-10000}
runs=${RUNS:-5}
require_time
make_work
cd "$root"
machine
echo "projects: $n, seed $seed, as-of $as_of, $runs runs"

echo "== generating the registry"
generate "$n" "$work/registry"
echo "== publishing steady (Release)"
publish_steady "$work/steady-bin"
steady="$work/steady-bin/steady"

whole=(); startup=(); after=()
for ((i = 1; i <= runs; i++)); do
  /usr/bin/time -f '%e' -o "$work/startup.time" "$steady" --version >/dev/null
  startup+=("$(tail -n 1 "$work/startup.time")")
  # Exit code 1 (registry errors) still gives a timing; anything else is a failure.
  status=0
  /usr/bin/time -f '%e %M' -o "$work/validate.time" \
    "$steady" validate --registry "$work/registry" --as-of "$as_of" --profile >"$work/validate.out" 2>"$work/validate.err" || status=$?
  if [ "$status" -gt 1 ]; then
    tail -n 20 "$work/validate.err" >&2
    exit 1
  fi
  read -r secs kib < <(tail -n 1 "$work/validate.time")
  ms=$(sed -n 's/^total after start-up: \([0-9.]*\) ms$/\1/p' "$work/validate.err")
  whole+=("$secs"); after+=("$ms")
  printf 'run %d: whole process %5.2f s, %7.1f MiB; start-up %5.2f s; after start-up %7.1f ms\n' \
    "$i" "$secs" "$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')" "${startup[-1]}" "$ms"
done
echo "== stages of the last run"
grep -v '^total' "$work/validate.err" | tail -n 4
echo "== medians"
echo "whole process: $(median "${whole[@]}") s; start-up: $(median "${startup[@]}") s"
echo "after start-up: $(median "${after[@]}") ms (target < 1000)"
