#!/usr/bin/env bash
# Builds the same synthetic registry with `steady build` and its Hugo equivalent with Hugo,
# alternating, RUNS times each, and prints every run, the medians and the ratio steady/hugo.
#
#   tests/bench/compare-hugo.sh [N]          N projects (default 10000)
#
# Environment: RUNS (default 5), SEED (default 20261127), AS_OF (default 2026-11-27),
# ONLY=steady|hugo (run one side only), STEADY_ARGS (extra arguments for `steady build`),
# WORK (work folder, default a fresh temporary one), KEEP=1 (keep the work folder).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

n=${1:-10000}
runs=${RUNS:-5}
only=${ONLY:-}
case "$only" in "" | steady | hugo) ;; *) echo "ONLY must be steady or hugo" >&2; exit 2 ;; esac
require_time
if [ "$only" != steady ] && ! command -v hugo >/dev/null 2>&1; then
  echo "hugo is missing: apt-get install -y hugo" >&2
  exit 2
fi
make_work
# steady runs from the repository root, where steady.yml, the theme and content/ live.
cd "$root"
machine
echo "projects: $n, seed $seed, as-of $as_of, $runs runs each"

echo "== generating the registry and the Hugo content"
generate "$n" "$work/registry" "$work/hugo"
cp -r "$root/tests/bench/hugo/config.toml" "$root/tests/bench/hugo/layouts" "$work/hugo/"
cp -r "$root/tests/bench/hugo/content/." "$work/hugo/content/"

if [ "$only" != hugo ]; then
  echo "== publishing steady (Release)"
  publish_steady "$work/steady-bin"
fi

read -r -a steady_args <<<"${STEADY_ARGS:-}"
run_steady() {
  measure steady "$work/out-steady-$i" \
    "$work/steady-bin/steady" build --registry "$work/registry" --out "$work/out-steady-$i" --as-of "$as_of" "${steady_args[@]}"
  steady_secs+=("$secs"); steady_mib+=("$mib")
  printf 'steady run %d: %7.2f s %8.1f MiB %8d files\n' "$i" "$secs" "$mib" "$files"
  discard_output "$work/out-steady-$i"
}
run_hugo() {
  measure hugo "$work/out-hugo-$i" hugo --source "$work/hugo" --destination "$work/out-hugo-$i" --quiet
  hugo_secs+=("$secs"); hugo_mib+=("$mib")
  printf 'hugo   run %d: %7.2f s %8.1f MiB %8d files\n' "$i" "$secs" "$mib" "$files"
  discard_output "$work/out-hugo-$i"
}

steady_secs=(); steady_mib=(); hugo_secs=(); hugo_mib=()
echo "== runs (whole-process wall time and peak RSS, /usr/bin/time -f '%e %M')"
for ((i = 1; i <= runs; i++)); do
  # Alternate which side goes first, so neither always runs on a warmer machine.
  if ((i % 2)); then order="steady hugo"; else order="hugo steady"; fi
  for side in $order; do
    if [ -z "$only" ] || [ "$only" = "$side" ]; then "run_$side"; fi
  done
done

echo "== medians"
if [ "$only" != hugo ]; then
  s_secs=$(median "${steady_secs[@]}"); s_mib=$(median "${steady_mib[@]}")
  printf 'steady: %7.2f s %8.1f MiB\n' "$s_secs" "$s_mib"
fi
if [ "$only" != steady ]; then
  h_secs=$(median "${hugo_secs[@]}"); h_mib=$(median "${hugo_mib[@]}")
  printf 'hugo:   %7.2f s %8.1f MiB\n' "$h_secs" "$h_mib"
fi
if [ -z "$only" ]; then
  echo "ratio steady/hugo: time $(ratio "$s_secs" "$h_secs") (target <= 0.50), memory $(ratio "$s_mib" "$h_mib")"
  # The two runs of a round follow each other, so their ratio is less moved by a machine whose speed drifts.
  rounds=()
  for ((k = 0; k < runs; k++)); do rounds+=("$(ratio "${steady_secs[k]}" "${hugo_secs[k]}")"); done
  echo "time ratio of each round: ${rounds[*]}; median $(median "${rounds[@]}")"
fi
