#!/usr/bin/env bash
# Crash safety: `warta ingest` is killed with SIGKILL in the middle of a large
# generated input, run again to the end, and the store must then hold every
# unique document of the input (and, for extraction results, every quote),
# with PRAGMA integrity_check and both full-text indexes consistent.
#   crash.sh WARTA REPO_DIR
set -euo pipefail
warta=$1
repo=$2
gen=$repo/bench/store/gen_corpus.py
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
fails=0

# count DB: "documents quotes" as the store reports them
counts() {
  "$warta" stats --db "$1" | awk '/^documents/ {d=$2+0} /^quotes/ {q=$2+0} END {print d, q}'
}

crash_run() { # NAME INPUT EXPECTED_DOCS EXPECTED_QUOTES INGEST_ARGS...
  local name=$1 input=$2 want_docs=$3 want_quotes=$4
  shift 4
  local db=$tmp/$name.db
  rm -f "$db" "$db-wal" "$db-shm"
  "$warta" ingest --quiet --db "$db" --batch 40 "$@" "$input" &
  pid=$!
  # wait for the first committed batches, then kill without warning
  local docs=0 waited=0
  while [ "$docs" -lt 120 ]; do
    sleep 0.05
    waited=$((waited + 1))
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    # until the first transaction commits, the file holds no schema yet and
    # stats says "not a warta store": keep waiting
    if [ -f "$db" ]; then docs=$(counts "$db" 2>/dev/null | cut -d' ' -f1 || true); docs=${docs:-0}; fi
    if [ "$waited" -gt 2400 ]; then echo "FAIL $name: no batch committed in 120 s"; fails=$((fails + 1)); return; fi
  done
  if ! kill -9 "$pid" 2>/dev/null; then
    echo "FAIL $name: ingest finished before it could be killed (make the input larger)"
    fails=$((fails + 1))
    pid=
    return
  fi
  wait "$pid" 2>/dev/null || true
  pid=
  local mid
  mid=$(counts "$db")
  echo "     $name: killed with $mid (documents quotes) stored"
  if [ "${mid%% *}" -ge "$want_docs" ]; then
    echo "FAIL $name: everything was stored before the kill"
    fails=$((fails + 1))
  fi
  # the store is consistent right after the crash
  if ! "$warta" stats --db "$db" --check >/dev/null 2>"$tmp/err"; then
    echo "FAIL $name: check after the kill: $(cat "$tmp/err")"
    fails=$((fails + 1))
  fi
  # run again to the end: the committed documents are skipped
  if ! "$warta" ingest --quiet --db "$db" "$@" "$input"; then
    echo "FAIL $name: the second ingest failed"
    fails=$((fails + 1))
  fi
  local got
  got=$(counts "$db")
  if [ "$got" != "$want_docs $want_quotes" ]; then
    echo "FAIL $name: the store holds $got (documents quotes), want $want_docs $want_quotes"
    fails=$((fails + 1))
  else
    echo "ok   $name: $got after the re-run"
  fi
  if "$warta" stats --db "$db" --check >/dev/null 2>"$tmp/err"; then
    echo "ok   $name: integrity_check and full-text indexes"
  else
    echo "FAIL $name: check: $(cat "$tmp/err")"
    fails=$((fails + 1))
  fi
  # a third run is a no-op
  local again
  again=$("$warta" ingest --db "$db" "$@" "$input" | head -1)
  if grep -q "^warta: 0 new documents" <<<"$again"; then echo "ok   $name: a third run adds nothing"; else
    echo "FAIL $name: third run: $again"
    fails=$((fails + 1))
  fi
}

n=${CRASH_DOCS:-3000}
python3 "$gen" articles "$n" --dup-every 50 >"$tmp/articles.jsonl"
python3 "$gen" results "$n" --dup-every 50 >"$tmp/results.jsonl"
read -r _ udocs _ uquotes < <(python3 "$gen" count "$n" --dup-every 50)
echo "     input: $n records, $udocs unique documents, $uquotes quotes in the results"
# the quotes extraction finds in the articles: an ingest that is not interrupted
"$warta" ingest --quiet --db "$tmp/reference.db" "$tmp/articles.jsonl"
read -r rdocs rquotes < <(counts "$tmp/reference.db")
echo "     uninterrupted ingest of the articles: $rdocs documents, $rquotes quotes"
if [ "$rdocs" != "$udocs" ]; then echo "FAIL reference: $rdocs documents, want $udocs"; fails=$((fails + 1)); fi

crash_run articles "$tmp/articles.jsonl" "$udocs" "$rquotes"
crash_run articles-jobs2 "$tmp/articles.jsonl" "$udocs" "$rquotes" --jobs 2
crash_run results "$tmp/results.jsonl" "$udocs" "$uquotes" --results

if [ "$fails" -gt 0 ]; then echo "$fails crash-safety check(s) failed"; exit 1; fi
echo "crash safety: all checks passed"
