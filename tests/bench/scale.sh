#!/usr/bin/env bash
# Builds synthetic registries of growing size with `steady build` and prints a table:
# projects x (build wall time, peak memory, files written).
#
#   tests/bench/scale.sh [N ...]             sizes (default 1000 10000 100000)
#
# Environment: RUNS (rounds, each building every size once; medians reported; default 1), SEED (default 20261127),
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
echo "seed $seed, as-of $as_of, $runs round(s), each building every size once; whole-process wall time and peak RSS"

echo "== publishing steady (Release)"
publish_steady "$work/steady-bin"
read -r -a steady_args <<<"${STEADY_ARGS:-}"

# Every registry is generated first; then each round builds every size once, in turn (in the reverse order every
# other round), so a machine whose speed drifts moves all sizes alike rather than the sizes measured last.
for n in "${sizes[@]}"; do
  echo "== generating $n projects"
  generate "$n" "$work/registry-$n"
done
declare -A secs_of mib_of_run files_of
for ((i = 1; i <= runs; i++)); do
  echo "== round $i"
  if ((i % 2)); then order=("${sizes[@]}"); else order=(); for ((k = ${#sizes[@]} - 1; k >= 0; k--)); do order+=("${sizes[k]}"); done; fi
  for n in "${order[@]}"; do
    measure "steady-$n" "$work/out-$n-$i" \
      "$work/steady-bin/steady" build --registry "$work/registry-$n" --out "$work/out-$n-$i" --as-of "$as_of" "${steady_args[@]}"
    printf '%7d projects: %7.2f s %8.1f MiB %8d files\n' "$n" "$secs" "$mib" "$files"
    discard_output "$work/out-$n-$i"
    secs_of[$n]+="$secs "; mib_of_run[$n]+="$mib "; files_of[$n]=$files
  done
done

rows=()
declare -A time_of mib_of
for n in "${sizes[@]}"; do
  read -r -a run_secs <<<"${secs_of[$n]}"
  read -r -a run_mib <<<"${mib_of_run[$n]}"
  time_of[$n]=$(median "${run_secs[@]}")
  mib_of[$n]=$(median "${run_mib[@]}")
  rows+=("$(printf '| %9d | %14.2f | %15.1f | %13d |' "$n" "${time_of[$n]}" "${mib_of[$n]}" "${files_of[$n]}")")
done

echo
echo "| projects  | build time (s) | peak memory MiB | files written |"
echo "|----------:|---------------:|----------------:|--------------:|"
printf '%s\n' "${rows[@]}"
if [ -n "${time_of[10000]:-}" ] && [ -n "${time_of[100000]:-}" ]; then
  echo
  echo "100,000 / 10,000 time: $(ratio "${time_of[100000]}" "${time_of[10000]}") (target <= 11)"
  read -r -a big <<<"${secs_of[100000]}"
  read -r -a small <<<"${secs_of[10000]}"
  rounds=()
  for ((k = 0; k < runs; k++)); do rounds+=("$(ratio "${big[k]}" "${small[k]}")"); done
  echo "100,000 / 10,000 time of each round: ${rounds[*]}; median $(median "${rounds[@]}")"
  echo "100,000 peak memory: ${mib_of[100000]} MiB (target < 1024)"
fi
