#!/usr/bin/env bash
# Regression: the pretty printer decided what a bracket becomes by looking at
# the byte after it (and before a closing one) inside the current 16 KiB piece
# of compact JSON only, so a span array cut by a piece boundary was spread
# over three lines.  A document far over 16 KiB must print every [start, end]
# on one line, and hold the same data as its compact form.
set -uo pipefail
warta=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in $(seq 1 400); do
  printf 'JAKARTA - "Kami siap nomor %d," kata Presiden Joko Widodo di Jakarta, Senin (13/4/2020).\n' "$i"
done >"$tmp/long.txt"
"$warta" extract --segments --with-text "$tmp/long.txt" >"$tmp/pretty.json" || { echo "FAIL extract (pretty)"; exit 1; }
"$warta" extract --segments --with-text --format jsonl "$tmp/long.txt" >"$tmp/compact.json" || { echo "FAIL extract"; exit 1; }
python3 - "$tmp/pretty.json" "$tmp/compact.json" <<'PY'
import json, re, sys
pretty = open(sys.argv[1]).read()
compact = open(sys.argv[2]).read()
ok = True
if len(compact) < 64 * 1024:
    print("FAIL the document is too short to cross a piece boundary"); ok = False
if json.loads(pretty) != json.loads(compact):
    print("FAIL pretty and compact output differ"); ok = False
lone = re.findall(r"^\s*-?\d+,?\s*$", pretty, re.M)
if lone:
    print(f"FAIL {len(lone)} numbers alone on a line (a span array split across lines)"); ok = False
if re.search(r"[\[{]\s*\n\s*[\]}]", pretty):
    print("FAIL an empty container split across lines"); ok = False
print("ok   pretty output of a %d KB document" % (len(compact) // 1024) if ok else "")
sys.exit(0 if ok else 1)
PY
