#!/usr/bin/env bash
# warta's benchmarks (make bench runs this after scripts/setup.sh bench).
#
#   bench/run.sh            everything: 10 MB, 100 MB and 1 GB corpora, median of 5 runs
#   bench/run.sh --quick    10 MB corpora only, median of 3 runs (for development)
#   bench/run.sh --no-peer  without the compromise comparison
#
# Corpora are built by bench/corpus.py into build/bench/ (the 1 GB stream into
# $TMPDIR, removed afterwards); nothing is downloaded.  Every timed command is
# printed before its result.  Results: a table on standard output, and
# build/bench/results.jsonl + results.md.  Environment: WARTA (the binary,
# default build/warta), BENCH_DIR (default build/bench).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
W=${WARTA:-build/warta}
B=${BENCH_DIR:-build/bench}
quick=0
peer=1
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    --no-peer) peer=0 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown option $a" >&2; exit 2 ;;
  esac
done
runs=5
[ $quick = 1 ] && runs=3
[ -x "$W" ] || { echo "bench/run.sh: $W not built (make build)" >&2; exit 2; }
mkdir -p "$B"
results=$B/results.jsonl
: >"$results"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

say() { printf '%s\n' "$*" >&2; }

# ------------------------------------------------------------------ corpora
# rebuilt whenever the generator or the shipped text it reads changes
sources=$( (cat bench/corpus.py samples/*.txt; find tests/data -name '*.cases' | sort | xargs cat) | sha256sum | cut -c1-16)
if [ "$(cat "$B/corpus.sources" 2>/dev/null)" != "$sources" ]; then
  rm -rf "$B"/c1m.jsonl "$B"/c10m.jsonl "$B"/c100m.jsonl "$B"/seg10m "$B"/seg100m "$B"/t10m
  echo "$sources" >"$B/corpus.sources"
fi
corpus() { # KIND SIZE PATH
  if [ ! -e "$3" ]; then
    say "building $3 ($1, $2)"
    python3 bench/corpus.py "$1" "$2" "$3"
  fi
}
corpus jsonl 1M "$B/c1m.jsonl"
corpus jsonl 10M "$B/c10m.jsonl"
corpus articles 10M "$B/t10m"
if [ $quick = 0 ]; then
  corpus jsonl 100M "$B/c100m.jsonl"
  corpus text 100M "$B/seg100m"
  seg=$B/seg100m big=$B/c100m.jsonl size=100
else
  corpus text 10M "$B/seg10m"
  seg=$B/seg10m big=$B/c10m.jsonl size=10
fi

fsize() { stat -c %s "$@" | awk '{s += $1} END {print s}'; }
lines() { wc -l <"$1" | tr -d ' '; }

# measure LABEL BYTES RECORDS [--runs N] -- CMD...
measure() {
  local label=$1 bytes=$2 recs=$3
  shift 3
  local extra=()
  while [ "$1" != -- ]; do extra+=("$1"); shift; done
  shift
  if [ $# -gt 12 ]; then say "+ ${*:1:8} ... ($(($# - 8)) more files)"; else say "+ $*"; fi
  python3 bench/measure.py --runs "$runs" "${extra[@]}" --label "$label" --bytes "$bytes" --records "$recs" -- "$@" \
    | tee -a "$results" >&2
}

read -r seg_articles seg_bytes <"$seg/ARTICLES"
read -r t10_articles t10_bytes <"$B/t10m/ARTICLES"

# ---------------------------------------------------------- segmentation
measure "segmentation alone (--segment-only), text $size MB" "$seg_bytes" "$seg_articles" -- \
  "$W" extract --quiet --segment-only --format jsonl "$seg"/part-*.txt
measure "segmentation alone (--segment-only), JSONL $size MB" "$(fsize "$big")" "$(lines "$big")" -- \
  "$W" extract --quiet --segment-only --format jsonl "$big"

# ------------------------------------------------------- full extraction
measure "extract, text files (one article each), 10 MB" "$t10_bytes" "$t10_articles" -- \
  "$W" extract --quiet --format jsonl "$B"/t10m/*.txt
measure "extract, JSONL 10 MB" "$(fsize "$B/c10m.jsonl")" "$(lines "$B/c10m.jsonl")" -- \
  "$W" extract --quiet --format jsonl "$B/c10m.jsonl"
if [ $quick = 0 ]; then
  measure "extract, JSONL 100 MB" "$(fsize "$big")" "$(lines "$big")" -- \
    "$W" extract --quiet --format jsonl "$big"
fi
for j in 1 2; do
  measure "extract --jobs $j, JSONL $size MB" "$(fsize "$big")" "$(lines "$big")" -- \
    "$W" extract --quiet --jobs "$j" --format jsonl "$big"
done

# ------------------------------------------------------------ 1 GB stream
if [ $quick = 0 ]; then
  tmp=${TMPDIR:-/tmp}/warta-bench-1g.$$.jsonl
  trap 'rm -f "$tmp"' EXIT
  avail=$(df -Pk "$(dirname "$tmp")" | awk 'NR==2 {print $4}')
  if [ "$avail" -gt 3000000 ]; then
    say "building the 1 GB stream in $tmp"
    python3 bench/corpus.py jsonl 1G "$tmp"
    measure "extract, JSONL 1 GB stream (one run)" "$(fsize "$tmp")" "$(lines "$tmp")" --runs 1 -- \
      "$W" extract --quiet --format jsonl "$tmp"
    rm -f "$tmp"
  else
    say "skipping the 1 GB stream: less than 3 GB free in $(dirname "$tmp")"
  fi
fi

# ------------------------------------------------------------- callgrind
if command -v valgrind >/dev/null 2>&1; then
  c1=$B/c1m.jsonl
  for mode in full segment-only; do
    flag=()
    [ $mode = segment-only ] && flag=(--segment-only)
    out=$B/callgrind.$mode.out
    say "+ valgrind --tool=callgrind $W extract --quiet ${flag[*]} --format jsonl $c1"
    valgrind --tool=callgrind --callgrind-out-file="$out" "$W" extract --quiet "${flag[@]}" --format jsonl "$c1" \
      >/dev/null 2>"$out.log"
    ir=$(grep -m1 '^summary:' "$out" | awk '{print $2}')
    callgrind_annotate "$out" 2>/dev/null | awk '/^ *[0-9,]+ \(/ && n++ < 16' >"$B/callgrind.$mode.top"
    python3 - "$mode" "$ir" "$(fsize "$c1")" >>"$results" <<'EOF'
import json, sys
mode, ir, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
print(json.dumps({"label": f"callgrind, extract {mode}, JSONL 1 MB", "callgrind_ir": ir, "bytes": n,
                  "ir_per_kb": round(ir / (n / 1024))}))
EOF
    tail -1 "$results" >&2
  done
else
  say "skipping callgrind: valgrind is not installed (scripts/setup.sh bench)"
fi

# ----------------------------------------------------- the peer: compromise
if [ $peer = 1 ]; then
  if [ -d bench/node_modules/compromise ] && command -v node >/dev/null 2>&1; then
    c1=$B/c1m.jsonl
    measure "peer: warta extract, JSONL 1 MB" "$(fsize "$c1")" "$(lines "$c1")" -- \
      "$W" extract --quiet --format jsonl "$c1"
    measure "peer: compromise .quotations(), JSONL 1 MB" "$(fsize "$c1")" "$(lines "$c1")" \
      --stdout "$B/peer.out" -- node bench/peer.js "$c1"
    python3 - "$results" "$B/peer.out" >>"$results" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
w = [r for r in rows if r.get("label") == "peer: warta extract, JSONL 1 MB"][-1]
c = [r for r in rows if r.get("label", "").startswith("peer: compromise")][-1]
inner = json.loads(open(sys.argv[2]).read().strip().splitlines()[-1])
print(json.dumps({"label": "ratio warta / compromise, same 1 MB input",
                  "ratio_wall": round(c["seconds"] / w["seconds"]),
                  "ratio_vs_compromise_inner": round(inner["seconds"] / w["seconds"]),
                  "compromise_quotes": inner["quotes"], "compromise_inner_seconds": round(inner["seconds"], 3)}))
EOF
    tail -1 "$results" >&2
  else
    say "skipping the peer: bench/node_modules/compromise missing (scripts/setup.sh bench)"
  fi
fi

# ------------------------------------------------- other helpers' benchmarks
for extra in bench/ingest_bench.sh bench/store_bench.sh; do
  if [ -f "$extra" ]; then
    say "+ bash $extra"
    WARTA=$W BENCH_DIR=$B RUNS=$runs QUICK=$quick bash "$extra" | tee "$B/$(basename "$extra" .sh).txt"
  fi
done

# ------------------------------------------------------------------ report
python3 - "$results" "$B/results.md" "$W" "$load_start" <<'EOF'
import json, os, subprocess, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
def sh(*c):
    try:
        return subprocess.run(c, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"
model = "?"
for l in open("/proc/cpuinfo"):
    if l.startswith("model name"):
        model = l.split(":", 1)[1].strip()
        break
commit = sh("git", "rev-parse", "--short", "HEAD") + (" (with local changes)" if sh("git", "status", "--porcelain", "--untracked-files=no") else "")
out = [f"machine: {sh('nproc')} cores ({model}); warta {commit}; {sh(sys.argv[3], '--version')}; "
       f"load average at the start: {sys.argv[4]}", ""]
out.append("| what | runs | median s | MB/s (wall) | MB/s (CPU) | articles/s | peak RSS |")
out.append("|---|---:|---:|---:|---:|---:|---:|")
for r in rows:
    if "seconds" in r:
        out.append(f"| {r['label']} | {r['runs']} | {r['seconds']:.3f} | {r['mb_s'] or ''} | {r.get('mb_s_cpu') or ''} | "
                   f"{r['articles_s'] or ''} | {r['rss_kb'] / 1024:.1f} MB |")
for r in rows:
    if "ir_per_kb" in r:
        out.append(f"\n{r['label']}: {r['callgrind_ir']:,} instructions, {r['ir_per_kb']:,} per KB of input")
    if "ratio_wall" in r:
        out.append(f"\n{r['label']}: warta is {r['ratio_wall']}x faster (whole processes), "
                   f"{r['ratio_vs_compromise_inner']}x against compromise's own time in .quotations() "
                   f"({r['compromise_quotes']} quotations, {r['compromise_inner_seconds']} s)")
text = "\n".join(out) + "\n"
open(sys.argv[2], "w").write(text)
print(text)
EOF
