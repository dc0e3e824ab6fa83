#!/usr/bin/env bash
# Replays every regression input: tests/regress/<target>/* through
# replay_<target> (the fuzz target without libFuzzer).  A directory without
# a replay program is an error, so that no input is skipped unseen.
#   replay_all.sh BINDIR REGRESSDIR
set -uo pipefail
bindir=$1
regress=$2
status=0
found=0
for dir in "$regress"/*/; do
  [ -d "$dir" ] || continue
  target=$(basename "$dir")
  found=1
  if [ ! -x "$bindir/replay_$target" ]; then
    echo "FAIL $target: no replay program $bindir/replay_$target (add fuzz/fuzz_$target.c to fuzz/CMakeLists.txt)"
    status=1
    continue
  fi
  log=$(mktemp)
  if "$bindir/replay_$target" "$dir" >"$log" 2>&1; then
    echo "ok   $target: $(tail -n 1 "$log")"
  else
    echo "FAIL $target:"
    tail -n 40 "$log" | sed 's/^/   /'
    status=1
  fi
  rm -f "$log"
done
if [ $found = 0 ]; then
  echo "FAIL no regression directories under $regress"
  status=1
fi
exit $status
