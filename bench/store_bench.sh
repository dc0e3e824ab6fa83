#!/usr/bin/env bash
# The store's benchmark: ingest throughput (MB of article text a second) and
# search latency on a store of 1,000,000 quotes.  Run from the repository
# root after `make build` (bench/run.sh calls it):
#   bash bench/store_bench.sh
# Knobs (environment): BUILD (build dir, default build), STORE_BENCH_DOCS
# (generated articles for ingest, default 10000, about 28 MB of text),
# STORE_BENCH_QUOTES (quotes in the search store, default 1000000),
# STORE_BENCH_KEEP=1 keeps the generated store for the next run.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-build}
warta=$here/$build/warta
sb=$here/$build/store_bench
docs=${STORE_BENCH_DOCS:-10000}
nq=${STORE_BENCH_QUOTES:-1000000}
work=$here/$build/bench-store
mkdir -p "$work"
cmake --build "$here/$build" --target warta_cli store_bench -j2 >/dev/null

now() { date +%s.%N; }
echo "== store benchmark ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"

# ---- ingest: generated articles (extraction + store) and extraction results (store only)
gen=$here/bench/store/gen_corpus.py
[ -s "$work/articles-$docs.jsonl" ] || python3 "$gen" articles "$docs" >"$work/articles-$docs.jsonl"
[ -s "$work/results-$docs.jsonl" ] || python3 "$gen" results "$docs" >"$work/results-$docs.jsonl"

ingest_run() { # LABEL INPUT ARGS...
  # three runs: the best wall-clock MB/s, and the median MB per CPU-second
  # (user + system of the whole process: the one-core figure, fair on a
  # machine shared with other work)
  local label=$1 input=$2
  shift 2
  local best=0 line= cpus=() mb=0
  for rep in 1 2 3; do
    rm -f "$work/ingest.db" "$work/ingest.db-wal" "$work/ingest.db-shm"
    local t0 t1 out
    t0=$(now)
    if [ -x /usr/bin/time ]; then
      out=$(/usr/bin/time -f '%U %S' -o "$work/time" "$warta" ingest --db "$work/ingest.db" "$@" "$input" | head -1)
      cpus+=("$(awk '{print $1 + $2}' "$work/time")")
    else
      out=$("$warta" ingest --db "$work/ingest.db" "$@" "$input" | head -1)
    fi
    t1=$(now)
    mb=$(sed -n 's/.*; \([0-9.]*\) MB of new text.*/\1/p' <<<"$out")
    local rate
    rate=$(awk -v m="$mb" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", m / (b - a)}')
    if awk -v r="$rate" -v b="$best" 'BEGIN {exit !(r > b)}'; then
      best=$rate
      line=$(awk -v m="$mb" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f MB of text in %.2f s", m, b - a}')
    fi
  done
  local cpu=
  if [ ${#cpus[@]} -gt 0 ]; then
    local mc
    mc=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    cpu=$(awk -v m="$mb" -v c="$mc" 'BEGIN {printf "; %.1f MB per CPU-second (%.2f s CPU, median)", m / c, c}')
  fi
  printf '%-44s %6s MB/s  (%s, best of 3, wall clock with open and close%s)\n' "$label" "$best" "$line" "$cpu"
}
ingest_run "ingest articles, --jobs 1" "$work/articles-$docs.jsonl" --jobs 1
ingest_run "ingest articles, --jobs 2" "$work/articles-$docs.jsonl" --jobs 2
ingest_run "ingest --results (quotes, no extraction), --jobs 1" "$work/results-$docs.jsonl" --results --jobs 1
ingest_run "ingest --results (quotes, no extraction), --jobs 2" "$work/results-$docs.jsonl" --results --jobs 2
"$warta" stats --db "$work/ingest.db" | sed 's/^/    /'
rm -f "$work/ingest.db" "$work/ingest.db-wal" "$work/ingest.db-shm"

# ---- search: a generated store of $nq quotes, 300 queries sampled from it
db=$work/search-$nq.db
if [ ! -s "$db.queries" ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  t0=$(now)
  "$sb" gen "$db" "$nq" "$here/data/kata-dasar.txt"
  t1=$(now)
  awk -v a="$t0" -v b="$t1" -v n="$nq" 'BEGIN {printf "generated %d quotes through warta_store_add_record in %.0f s (%.0f quotes/s)\n", n, b - a, n / (b - a)}'
fi
ls -l "$db" | awk '{printf "store size %.0f MB\n", $5 / 1e6}'
"$warta" stats --db "$db" | sed 's/^/    /'
echo "search (warta_store_search, 20 rows newest first; 300 queries x 3 rounds after a warm-up round):"
"$sb" query "$db" 3 | sed 's/^/    /'
if [ "${STORE_BENCH_KEEP:-0}" != 1 ]; then rm -f "$db" "$db-wal" "$db-shm" "$db.queries"; fi
