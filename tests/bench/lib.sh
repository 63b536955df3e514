# Shared helpers of the benchmark scripts; sourced, not run.
# shellcheck shell=bash disable=SC2034  # its variables are read by the scripts that source it

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seed=${SEED:-20261127}
as_of=${AS_OF:-2026-11-27}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The as-of date must come from --as-of, not from the environment.
unset SOURCE_DATE_EPOCH

require_time() {
  if [ ! -x /usr/bin/time ]; then
    echo "/usr/bin/time is missing: apt-get install -y time" >&2
    exit 2
  fi
}

# make_work: sets $work to a fresh folder (or $WORK) and removes it on exit unless KEEP=1.
make_work() {
  if [ -n "${WORK:-}" ]; then
    work=$WORK
    mkdir -p "$work"
  else
    work=$(mktemp -d -t steady-bench.XXXXXX)
  fi
  if [ "${KEEP:-0}" != 1 ]; then
    trap 'rm -rf "$work"' EXIT
  else
    echo "work folder (kept): $work"
  fi
}

# generate N REGISTRY_DIR [HUGO_DIR]: writes the synthetic registry (and Hugo content).
generate() {
  local n=$1 registry=$2 hugo=${3:-}
  local args=(--count "$n" --seed "$seed" --out "$registry")
  [ -n "$hugo" ] && args+=(--hugo "$hugo")
  dotnet run --project "$root/tests/Steady.Synthetic" -c Release -- "${args[@]}"
}

# publish_steady DIR: publishes the generator as a release would ship it to DIR: Release, compiled ahead of time
# into one native binary (Native AOT; needs clang). The binary is DIR/steady.
# READY_TO_RUN=1 publishes it self-contained with the framework in one composite ReadyToRun image instead;
# READY_TO_RUN=framework publishes ReadyToRun against the installed framework (not self-contained);
# READY_TO_RUN=0 publishes plain IL, compiled on first use.
# STEADY_BIN=FOLDER uses the binary FOLDER/steady published before (by this function, for the same commit) instead.
publish_steady() {
  if [ -n "${STEADY_BIN:-}" ]; then
    if [ ! -x "$STEADY_BIN/steady" ]; then
      echo "STEADY_BIN: $STEADY_BIN/steady is not an executable" >&2
      exit 2
    fi
    mkdir -p "$1"
    cp -r "$STEADY_BIN/." "$1/"
    echo "using the binary in $STEADY_BIN"
    return
  fi
  local arch form args=()
  case "$(uname -m)" in x86_64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
  case "${READY_TO_RUN:-aot}" in
    1) form=composite; args+=(-r "linux-$arch" --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true) ;;
    framework) form=framework; args+=(-r "linux-$arch" --self-contained false -p:PublishReadyToRun=true) ;;
    0) form=il ;;
    aot)
      form=aot
      local cc
      cc=$(command -v clang || find /usr/bin -name 'clang-[0-9]*' | sort -V | tail -n 1)
      if [ -z "$cc" ]; then
        echo "READY_TO_RUN=aot needs clang: apt-get install -y clang" >&2
        exit 2
      fi
      args+=(-r "linux-$arch" -p:PublishAot=true -p:CppCompilerAndLinker="$(basename "$cc")")
      # The x64 binary is compiled for x86-64-v3 (AVX2, see generator/Steady.csproj), which refuses to start on a
      # processor without it; on such a machine it is compiled for the runtime's default level instead.
      if [ "$arch" = x64 ] && [ -r /proc/cpuinfo ] && ! grep -qw avx2 /proc/cpuinfo; then
        args+=(-p:IlcInstructionSet=x86-64-v2)
      fi ;;
    *) echo "READY_TO_RUN must be 1, framework, 0 or aot" >&2; exit 2 ;;
  esac
  # Each form compiles in its own folders: the SDK would otherwise reuse one form's precompiled files for another.
  args+=(-c Release -o "$1" --nologo -v quiet
    -p:IntermediateOutputPath="$root/generator/obj/bench-$form/" -p:OutputPath="$root/generator/bin/bench-$form/")
  dotnet publish "$root/generator" "${args[@]}" >"$1.log" 2>&1 \
    || { cat "$1.log" >&2; echo "dotnet publish failed" >&2; exit 1; }
}

# measure NAME OUT_DIR COMMAND...: runs COMMAND once under /usr/bin/time and sets $secs, $mib
# and $files. OUT_DIR must not exist yet: every run writes a new folder, and outputs are deleted
# only with the work folder, because files created soon after a large tree was deleted cost far more
# (see "What is measured" in README.md). Dirty pages are flushed (sync) before the run.
# The command's output goes to $work/NAME.log; on failure its tail is printed and the script stops.
measure() {
  local name=$1 out=$2
  shift 2
  if [ -e "$out" ]; then
    echo "measure: $out exists; each run needs a new output folder" >&2
    exit 1
  fi
  sync
  if ! /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1; then
    echo "$name failed ($*):" >&2
    tail -n 20 "$work/$name.log" >&2
    exit 1
  fi
  local kib
  read -r secs kib < <(tail -n 1 "$work/$name.time")
  mib=$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')
  files=$(find "$out" -type f | wc -l)
}

# discard_output DIR: deletes a run's output now when the work folder is in memory (tmpfs): kept there, the
# outputs of earlier runs take memory from the runs that follow (about 5 GB each at 100,000 projects), and
# deleting a tree in memory leaves nothing for the next run to wait for. On disk outputs stay until the end
# (see measure).
discard_output() {
  if [ "$(stat -f -c %T "$work")" = tmpfs ]; then
    rm -rf "$1"
  fi
}

# median VALUE...: the median of the numbers.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ratio A B: A / B with two decimals.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f\n", a / b }'
}

machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
  echo "dotnet:  $(dotnet --version)"
  if command -v hugo >/dev/null 2>&1; then echo "hugo:    $(hugo version | cut -d' ' -f2)"; fi
}
