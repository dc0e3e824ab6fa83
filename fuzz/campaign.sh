#!/usr/bin/env bash
# A fuzzing campaign measured in CPU time, for a shared machine: each target
# runs at the lowest priority (nice 19), one at a time, until its process has
# used CPU_SECONDS of CPU (user + system), then it is stopped with SIGINT so
# libFuzzer prints its final statistics.  Wall time is whatever the machine
# allows.  The fuzzers must be built (fuzz/run.sh builds them; so does
# `FUZZ_SECONDS=1 bash fuzz/run.sh`).
#   fuzz/campaign.sh CPU_SECONDS TARGET [MAX_LEN] [-- LIBFUZZER_ARGS...]
# MAX_LEN defaults to the target's own (fuzz/targets.sh).
# Environment: FUZZ_BUILD (default build-fuzz).
# Prints one line: target, CPU seconds, runs, coverage, features, corpus size,
# wall seconds, exit status.  The libFuzzer log is
# $FUZZ_BUILD/fuzz/<target>.campaign.<date>.log.  The timeout per input is 60 s of
# wall time (not 10 as in run.sh): at nice 19 on a busy machine an input can
# wait for the CPU; replay a timeout to see whether it is real.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cpu=$1
t=$2
shift 2
maxlen=
if [ $# -gt 0 ] && [ "$1" != "--" ]; then maxlen=$1; shift; fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
build=${FUZZ_BUILD:-build-fuzz}
cd "$root"
. fuzz/targets.sh
[ -n "$maxlen" ] || maxlen=$(fuzz_max_len "$t")
bin=$build/fuzz/fuzz_$t
[ -x "$bin" ] || { echo "campaign: no $bin"; exit 2; }
mkdir -p "fuzz/corpus-$t" "fuzz/artifacts/$t"
dict=$build/fuzz/$t.dict
fuzz_dict "$t" "$dict"
log=$build/fuzz/$t.campaign.$(date +%Y%m%d-%H%M%S).log
tick=$(getconf CLK_TCK)
start=$(date +%s)
nice -n 19 "$bin" -max_total_time=1000000 -timeout=60 -rss_limit_mb=2048 -max_len="$maxlen" -print_final_stats=1 \
  -dict="$dict" -artifact_prefix="fuzz/artifacts/$t/" "$@" "fuzz/corpus-$t" >"$log" 2>&1 &
pid=$!
used=0
stopped=0
while kill -0 "$pid" 2>/dev/null; do
  # fields 14 and 15 of /proc/PID/stat: utime, stime in clock ticks
  st=$(cat "/proc/$pid/stat" 2>/dev/null) || break
  set -- ${st##*) }
  used=$(( (${12} + ${13}) / tick ))
  if [ "$used" -ge "$cpu" ]; then
    kill -INT "$pid"
    stopped=1
    break
  fi
  sleep 5
done
wait "$pid"
rc=$?
end=$(date +%s)
# SIGINT ends a healthy run with status 72 (libFuzzer's -interrupted_exitcode,
# after printing its final statistics)
[ $stopped = 1 ] && [ $rc = 72 ] && rc=0
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
cov=$(grep -oE '(cov|ft|corp): [0-9]*' "$log" | tail -n 3 | tr '\n' ' ')
files=$(find "fuzz/corpus-$t" -type f | wc -l)
echo "campaign: $t cpu=${used}s runs=${runs:-?} ${cov}files=$files wall=$((end - start))s exit=$rc log=$log"
[ $rc = 0 ] || grep -E 'ERROR|invariant failed|SUMMARY|Test unit written' "$log" | head -n 8 | sed 's/^/   /'
exit $rc
