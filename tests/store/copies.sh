#!/usr/bin/env bash
# Copy detection gives the same groups however the documents come: one
# process per document (nothing remembered between documents), one process
# with small batches (what it remembers of candidates, groups, band keys and
# shingles carried from batch to batch), and a few processes with two
# threads: each must store the same group for every quote (a rolled-back
# batch is tests/store/test_store.c's).  The input is the benchmark's corpus builder's (bench/corpus.py):
# sample articles recombined, most statements run by several documents.
#   copies.sh WARTA
set -euo pipefail
warta=$1
here=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/bench/corpus.py" jsonl 1M "$tmp/all.jsonl" >/dev/null
head -120 "$tmp/all.jsonl" > "$tmp/in.jsonl"
groups() {
  python3 -c 'import sqlite3, sys
for i, g in sqlite3.connect(sys.argv[1]).execute("SELECT id, coalesce(grp, 0) FROM quotes ORDER BY id"):
    print("%d|%d" % (i, g))' "$1"
}

# one process a document
i=0
while IFS= read -r line; do
  printf '%s\n' "$line" > "$tmp/one.jsonl"
  "$warta" ingest --quiet --db "$tmp/single.db" "$tmp/one.jsonl"
  i=$((i + 1))
done < "$tmp/in.jsonl"
groups "$tmp/single.db" > "$tmp/single.txt"

# one process, batches of 7
"$warta" ingest --quiet --batch 7 --db "$tmp/batched.db" "$tmp/in.jsonl"
groups "$tmp/batched.db" > "$tmp/batched.txt"

# four processes of 30 documents, two threads
split -l 30 "$tmp/in.jsonl" "$tmp/part."
for p in "$tmp"/part.*; do "$warta" ingest --quiet --jobs 2 --batch 4 --db "$tmp/parts.db" "$p"; done
groups "$tmp/parts.db" > "$tmp/parts.txt"

linked=$(awk -F'|' '$2 != 0' "$tmp/single.txt" | wc -l)
total=$(wc -l < "$tmp/single.txt")
echo "$i documents, $total quotes, $linked in groups"
[ "$linked" -gt 100 ] || { echo "FAIL: too few copies to test ($linked)"; exit 1; }
cmp "$tmp/single.txt" "$tmp/batched.txt" || { echo "FAIL: batches of 7 give other groups"; diff "$tmp/single.txt" "$tmp/batched.txt" | head; exit 1; }
cmp "$tmp/single.txt" "$tmp/parts.txt" || { echo "FAIL: four processes give other groups"; diff "$tmp/single.txt" "$tmp/parts.txt" | head; exit 1; }
echo "same groups three ways"
