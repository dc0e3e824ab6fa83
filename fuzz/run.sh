#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, build-fuzz/) and runs each for a
# bounded time, one after another on one core.  `make fuzz` calls this.
#   fuzz/run.sh [TARGET...]          default: every fuzz/fuzz_*.c
# Environment:
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_BUILD     build directory (default build-fuzz)
#   FUZZ_ARGS      extra libFuzzer options (a -max_len here overrides the
#                  target's own, fuzz/targets.sh)
# Corpora grow in fuzz/corpus-<target>/ (seeded by fuzz/seeds.sh); a crash,
# leak or timeout leaves its input in fuzz/artifacts/<target>/ and makes the
# run fail.  Turn each into tests/regress/<target>/<name> (docs/RELIABILITY.md).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
secs=${FUZZ_SECONDS:-60}
build=${FUZZ_BUILD:-build-fuzz}
cd "$root"
. fuzz/targets.sh

CC=clang cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DWARTA_FUZZ=ON -DWARTA_TESTS=OFF >/dev/null || exit 2
cmake --build "$build" -j2 --target warta_fuzzers >/dev/null || exit 2

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in fuzz/fuzz_*.c; do
    t=$(basename "$f" .c)
    targets+=("${t#fuzz_}")
  done
fi

fuzz/seeds.sh >/dev/null || exit 2
status=0
for t in "${targets[@]}"; do
  bin=$build/fuzz/fuzz_$t
  [ -x "$bin" ] || { echo "fuzz: no $bin (is fuzz_$t in fuzz/CMakeLists.txt?)"; status=2; continue; }
  mkdir -p "fuzz/corpus-$t" "fuzz/artifacts/$t"
  dict=$build/fuzz/$t.dict
  fuzz_dict "$t" "$dict"
  log=$build/fuzz/$t.log
  echo "fuzz: $t for ${secs}s (log $log)"
  start=$(date +%s)
  # shellcheck disable=SC2086
  "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len="$(fuzz_max_len "$t")" -print_final_stats=1 \
    -dict="$dict" -artifact_prefix="fuzz/artifacts/$t/" ${FUZZ_ARGS:-} "fuzz/corpus-$t" >"$log" 2>&1
  rc=$?
  end=$(date +%s)
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
  files=$(find "fuzz/corpus-$t" -type f | wc -l)
  if [ $rc = 0 ]; then
    echo "fuzz: $t ok: $((end - start)) s, ${runs:-?} runs, ${cov:-cov: ?}, corpus $files files"
  else
    echo "fuzz: $t FOUND A PROBLEM (exit $rc) after $((end - start)) s; input in fuzz/artifacts/$t/:"
    grep -E 'ERROR|invariant failed|SUMMARY' "$log" | head -n 5 | sed 's/^/   /'
    ls -t "fuzz/artifacts/$t" | head -n 3 | sed 's/^/   /'
    status=1
  fi
done
exit $status
