#!/usr/bin/env bash
# load.sh — the HTTP API under load, on loopback: wrk with 64 connections for
# 20 s on GET /api/search (query variants in bench/load.lua), then 5 s of bad
# requests (invalid UTF-8, ../ paths, malformed query strings) that must all
# be answered 4xx with the server still up.  Prints req/s, p99 and errors.
#
#   bench/load.sh [WARTA]      (default build/warta; needs wrk: scripts/setup.sh bench)
#
# The store is built from samples/ (and the store tests' fixture) in a temp
# directory, unless WARTA_DB names one.  WARTA_DURATION, WARTA_CONNECTIONS,
# WARTA_THREADS (server) and WARTA_WRK_THREADS change the run.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
warta=${1:-$here/build/warta}
duration=${WARTA_DURATION:-20}
conns=${WARTA_CONNECTIONS:-64}
sthreads=${WARTA_THREADS:-2}
wthreads=${WARTA_WRK_THREADS:-2}
command -v wrk >/dev/null || { echo "load.sh: wrk is missing (scripts/setup.sh bench)" >&2; exit 2; }
[ -x "$warta" ] || { echo "load.sh: no warta at $warta (make build)" >&2; exit 2; }

tmp=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid"; wait "$pid" || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

db=${WARTA_DB:-}
if [ -z "$db" ]; then
  db=$tmp/load.db
  declare -A date=([voi-kim-putin]=2023-09-13 [kompas-tanggul-muara-angke]=2023-11-14
    [antara-pupuk-bersubsidi]=2023-11-16 [detik-kebakaran-pasar]=2023-11-14 [tribun-plafon-sekolah]=2023-11-17
    [tempo-kpk-dermaga-talaud]=2023-11-15 [liputan6-topan-filipina]=2023-11-14)
  for f in "$here"/samples/*.txt; do
    b=$(basename "$f" .txt)
    "$warta" ingest --quiet --db "$db" ${date[$b]:+--published ${date[$b]}} "$f"
  done
  python3 "$here/tests/store/fixture.py" >"$tmp/fixture.jsonl"
  "$warta" ingest --quiet --db "$db" --results "$tmp/fixture.jsonl"
fi

"$warta" serve --db "$db" --port 0 --threads "$sthreads" 2>"$tmp/serve.log" &
pid=$!
port=
for _ in $(seq 100); do
  port=$(grep -o 'serving http://127\.0\.0\.1:[0-9]*' "$tmp/serve.log" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "load.sh: the server did not start" >&2; cat "$tmp/serve.log" >&2; exit 1; }
url=http://127.0.0.1:$port

echo "== warta serve --threads $sthreads; wrk -t$wthreads -c$conns -d${duration}s GET /api/search (bench/load.lua)"
"$warta" stats --db "$db" | sed -n '2,3p'
wrk -t"$wthreads" -c"$conns" -d"${duration}s" --latency -s "$here/bench/load.lua" "$url" >"$tmp/good.txt"
grep -E '^(requests|seconds|req/s|p50_ms|p90_ms|p99_ms|max_ms|errors_|status_)' "$tmp/good.txt"
errors=$(awk '/^(errors_|status_)/ {s += $2} END {print s + 0}' "$tmp/good.txt")

echo "== bad requests: wrk -t$wthreads -c$conns -d5s (all must be 4xx)"
WARTA_LOAD=bad wrk -t"$wthreads" -c"$conns" -d5s -s "$here/bench/load.lua" "$url" >"$tmp/bad.txt"
grep -E '^(requests|req/s|errors_|status_)' "$tmp/bad.txt"
badreq=$(awk '/^requests/ {print $2}' "$tmp/bad.txt")
bad4xx=$(awk '/^status_4xx_5xx/ {print $2}' "$tmp/bad.txt")
bad5xx=0
for p in '/api/search?q=%ff' '/../etc/passwd' '/api/search?q=%zz'; do
  code=$(python3 -c "import http.client,sys; c=http.client.HTTPConnection('127.0.0.1',$port,timeout=5); c.request('GET',sys.argv[1]); print(c.getresponse().status)" "$p")
  case $code in 4??) ;; *) bad5xx=$((bad5xx + 1)); echo "load.sh: $p answered $code" >&2 ;; esac
done
alive=$(python3 -c "import http.client; c=http.client.HTTPConnection('127.0.0.1',$port,timeout=5); c.request('GET','/healthz'); print(c.getresponse().status)")
echo "server after the load: /healthz $alive"

kill -TERM "$pid"
code=0
wait "$pid" || code=$?
pid=
echo "server exit code after SIGTERM: $code"
if [ "$errors" != 0 ] || [ "$alive" != 200 ] || [ "$code" != 0 ] || [ "$bad5xx" != 0 ] || [ "$badreq" != "$bad4xx" ]; then
  echo "load.sh: FAILED (errors $errors, bad requests $badreq of which 4xx $bad4xx, health $alive, exit $code)" >&2
  exit 1
fi
echo "load.sh: ok (0 errors; every bad request answered 4xx)"
