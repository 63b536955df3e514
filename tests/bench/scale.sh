#!/usr/bin/env bash
# Builds synthetic registries of growing size with `steady build` and prints a table:
# projects x (build wall time, peak memory, files written).
#
#   tests/bench/scale.sh [N ...]             sizes (default 1000 10000 100000)
#
# Environment: RUNS (runs per size, median reported; default 1), SEED (default 20261127),
# AS_OF (default 2026-11-27), STEADY_ARGS (extra arguments for `steady build`),
# WORK (work folder, default a fresh temporary one), KEEP=1 (keep the work folder).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
runs=${RUNS:-1}
require_time
make_work
# steady runs from the repository root, where steady.yml, the theme and content/ live.
cd "$root"
machine
echo "seed $seed, as-of $as_of, $runs run(s) per size; whole-process wall time and peak RSS"

echo "== publishing steady (Release)"
publish_steady "$work/steady-bin"
read -r -a steady_args <<<"${STEADY_ARGS:-}"

rows=()
declare -A time_of mib_of
for n in "${sizes[@]}"; do
  echo "== $n projects"
  rm -rf "$work/registry"
  generate "$n" "$work/registry"
  run_secs=(); run_mib=()
  for ((i = 1; i <= runs; i++)); do
    measure "steady-$n" "$work/out-$n-$i" \
      "$work/steady-bin/steady" build --registry "$work/registry" --out "$work/out-$n-$i" --as-of "$as_of" "${steady_args[@]}"
    printf 'run %d: %7.2f s %8.1f MiB %8d files\n' "$i" "$secs" "$mib" "$files"
    discard_output "$work/out-$n-$i"
    run_secs+=("$secs"); run_mib+=("$mib")
  done
  time_of[$n]=$(median "${run_secs[@]}")
  mib_of[$n]=$(median "${run_mib[@]}")
  rows+=("$(printf '| %9d | %14.2f | %15.1f | %13d |' "$n" "${time_of[$n]}" "${mib_of[$n]}" "$files")")
  # The registry goes now (it is regenerated for the next size); outputs on disk stay until the end.
  rm -rf "$work/registry"
done

echo
echo "| projects  | build time (s) | peak memory MiB | files written |"
echo "|----------:|---------------:|----------------:|--------------:|"
printf '%s\n' "${rows[@]}"
if [ -n "${time_of[10000]:-}" ] && [ -n "${time_of[100000]:-}" ]; then
  echo
  echo "100,000 / 10,000 time: $(ratio "${time_of[100000]}" "${time_of[10000]}") (target <= 11)"
  echo "100,000 peak memory: ${mib_of[100000]} MiB (target < 1024)"
fi
