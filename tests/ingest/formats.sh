#!/usr/bin/env bash
# The input formats of `warta extract`: HTML files (by name, by content,
# forced, on standard input, gzipped), JSONL with --html-field (the record's
# metadata winning over the page's), gzipped JSONL, and directories (walked
# recursively in sorted order, hidden files skipped, binary files counted).
#   formats.sh WARTA HTMLDIR
set -uo pipefail
warta=$1
html=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
t() { # NAME EXPECTED_EXIT CMD...
  local name=$1 want=$2
  shift 2
  timeout 60 "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" != "$want" ]; then echo "FAIL $name: exit $got, expected $want"; sed 's/^/   /' "$tmp/err" | head -5; fail=1
  else echo "ok   $name"; fi
}
has() {
  if grep -q -- "$3" "$2"; then echo "ok   $1"; else echo "FAIL $1: no '$3' in $2"; sed 's/^/   /' "$2" | head -5; fail=1; fi
}
hasnt() {
  if grep -q -- "$3" "$2"; then echo "FAIL $1: '$3' in $2"; fail=1; else echo "ok   $1"; fi
}
page=$html/tempa-rupiah-melemah.html
first='^TEMPA.CO, Jakarta - Nilai tukar rupiah'

t html-by-name 0 "$warta" extract --format text "$page"
has html-by-name-text "$tmp/out" "$first"
has html-by-name-title "$tmp/out" "^title: Rupiah Melemah ke 15.780 per Dolar AS"
cp "$page" "$tmp/noext"
t html-by-content 0 "$warta" extract --format text "$tmp/noext"
has html-by-content-text "$tmp/out" "$first"
t html-stdin 0 sh -c "\"$warta\" extract --format text - <\"$page\""
has html-stdin-text "$tmp/out" "$first"
gzip -c "$page" >"$tmp/page.html.gz"
t html-gzipped 0 "$warta" extract --format text "$tmp/page.html.gz"
has html-gzipped-text "$tmp/out" "$first"
cp "$page" "$tmp/page.txt"
t html-forced 0 "$warta" extract --format text --input html "$tmp/page.txt"
has html-forced-text "$tmp/out" "$first"
t html-json 0 "$warta" extract --with-text "$page"
has html-json-published "$tmp/out" '"published": "2023-11-21"'
has html-json-text "$tmp/out" '"text": "TEMPA.CO, Jakarta - Nilai tukar rupiah'
t html-all-text 0 "$warta" extract --format text --all-text "$page"
has html-all-text-menu "$tmp/out" "^Artikel Terkait"

# JSONL with --html-field: the record's own metadata wins
python3 - "$page" "$html/voks-kopi-gayo.html" >"$tmp/dump.jsonl" <<'PY'
import json, sys
a = open(sys.argv[1], encoding='utf-8').read()
b = open(sys.argv[2], encoding='utf-8').read()
print(json.dumps({"id": "r1", "html": a, "published": "2024-01-02"}))
print(json.dumps({"id": "r2", "html": b, "title": "Judul dari rekaman"}))
print(json.dumps({"id": "r3", "text": "JAKARTA - Teks biasa tanpa HTML."}))
print(json.dumps({"id": "r4", "html": "<html><body><nav><a href='/'>Beranda</a></nav></body></html>"}))
PY
t jsonl-html-field 1 "$warta" extract --format text --html-field html "$tmp/dump.jsonl"
has jsonl-r1-text "$tmp/out" "$first"
has jsonl-r1-published-from-record "$tmp/out" "^published: 2024-01-02"
has jsonl-r1-title-from-page "$tmp/out" "^title: Rupiah Melemah"
has jsonl-r2-title-from-record "$tmp/out" "^title: Judul dari rekaman"
has jsonl-r2-published-from-page "$tmp/out" "^published: 2023-11-30"
has jsonl-r3-text-field "$tmp/out" "^JAKARTA - Teks biasa tanpa HTML."
has jsonl-r4-no-text "$tmp/err" "dump.jsonl:4: no article text found in the page"
gzip -c "$tmp/dump.jsonl" >"$tmp/dump.jsonl.gz"
t jsonl-gzipped 1 "$warta" extract --format text --html-field html "$tmp/dump.jsonl.gz"
n=$(grep -c '^== ' "$tmp/out")
[ "$n" = 3 ] && echo "ok   jsonl-gzipped: 3 records" || { echo "FAIL jsonl-gzipped: $n records"; fail=1; }

# a directory: sorted, recursive, hidden files skipped, binary files counted
mkdir -p "$tmp/d/b-sub" "$tmp/d/.hidden"
cp "$html/voks-kopi-gayo.html" "$tmp/d/c.html"
cp "$html/kabarkini-banjir-bekasi.html" "$tmp/d/a.html"
cp "$html/detak-krl-manggarai.html" "$tmp/d/b-sub/x.html"
cp "$page" "$tmp/d/.hidden/secret.html"
cp "$page" "$tmp/d/.dot.html"
head -c 3000 /dev/urandom >"$tmp/d/foto.jpg"
printf 'JAKARTA - Sebuah artikel teks.\n' >"$tmp/d/d.txt"
t directory 0 "$warta" extract --format text "$tmp/d"
grep '^== ' "$tmp/out" | sed "s|$tmp/d/||" >"$tmp/order"
printf '== a.html\n== b-sub/x.html\n== c.html\n== d.txt\n' >"$tmp/want"
if cmp -s "$tmp/order" "$tmp/want"; then echo "ok   directory: sorted, recursive, hidden skipped"; else
  echo "FAIL directory order:"; cat "$tmp/order"; fail=1; fi
has directory-binary-counted "$tmp/err" "1 binary file in the directories skipped"
hasnt directory-no-hidden "$tmp/out" "secret"
t directory-jsonl-default 0 "$warta" extract --segment-only "$tmp/d"
n=$(grep -c '^{"warta":1' "$tmp/out")
[ "$n" = 4 ] && echo "ok   directory: JSON Lines by default" || { echo "FAIL directory: $n JSON lines"; fail=1; }

t bad-input-format 2 "$warta" extract --input pdf "$page"
exit $fail
