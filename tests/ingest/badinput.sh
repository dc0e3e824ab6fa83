#!/usr/bin/env bash
# Bad input for the ingest readers: lying Content-Lengths (too long, too
# short; plain and gzipped), a truncated and a corrupt .warc.gz, binary
# garbage between records, a binary "text/html" payload, bad chunked coding,
# a non-numeric Content-Length, binary files, a 20 MB page (alone and inside
# a WARC), 100,000 nested elements.  Each must give a clear error naming the
# record and the byte (or a result), within a time bound, never a crash, and
# every other record must still come out.
#   badinput.sh WARTA HTMLDIR
set -uo pipefail
warta=$1
html=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
python3 "$here/make_warc.py" "$html" "$tmp" || { echo "FAIL make_warc.py"; exit 1; }

t() { # NAME EXPECTED_EXIT TIMEOUT CMD...   (stdout in $tmp/out, stderr in $tmp/err)
  local name=$1 want=$2 secs=$3
  shift 3
  timeout "$secs" "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL $name: exit $got, expected $want"; sed 's/^/   /' "$tmp/err" | head -5; fail=1
  else
    echo "ok   $name"
  fi
}
has() { # NAME FILE PATTERN
  if grep -q -- "$3" "$2"; then echo "ok   $1"; else echo "FAIL $1: no '$3' in $2"; sed 's/^/   /' "$2" | head -5; fail=1; fi
}
pages() { # NAME N: the number of documents in $tmp/out
  local n
  n=$(grep -c '^== ' "$tmp/out")
  if [ "$n" = "$2" ]; then echo "ok   $1: $n pages"; else echo "FAIL $1: $n pages, expected $2"; fail=1; fi
}
all_but() { # NAME URI...: every page of good.warc but these came out
  local name=$1
  shift
  local missing=0
  while read -r uri _; do
    local skip=0
    for x in "$@"; do [ "$uri" = "$x" ] && skip=1; done
    [ $skip = 1 ] && continue
    grep -q "^id: $uri\$" "$tmp/out" || { echo "FAIL $name: $uri is missing"; missing=1; fail=1; }
  done <"$tmp/pages.txt"
  [ $missing = 0 ] && echo "ok   $name: the other pages are all there"
}
W=("$warta" extract --format text)
chunked_uri=http://berita.example/detak-krl-manggarai

for f in good.warc good.warc.gz gzipped-whole.warc.gz; do
  t "$f" 0 30 "${W[@]}" "$tmp/$f"
  pages "$f" 5
  has "$f: summary" "$tmp/err" "13 records: 5 HTML pages read, 2 non-HTML records skipped, 1 non-2xx response skipped"
done

for f in lie-long.warc lie-long.warc.gz; do
  t "$f" 1 30 "${W[@]}" "$tmp/$f"
  has "$f: names the record and byte" "$tmp/err" "record 5 at byte [0-9]*: Content-Length says 22883 bytes but the next record starts after 19887"
  pages "$f" 4
  all_but "$f" $chunked_uri
done
for f in lie-short.warc lie-short.warc.gz; do
  t "$f" 1 30 "${W[@]}" "$tmp/$f"
  has "$f: names the record and byte" "$tmp/err" "record 5 at byte [0-9]*: Content-Length says 19183 bytes but the block runs on"
  pages "$f" 4
  all_but "$f" $chunked_uri
done

t truncated.warc.gz 1 30 "${W[@]}" "$tmp/truncated.warc.gz"
has "truncated.warc.gz: says so" "$tmp/err" "record 13 at byte [0-9]* is lost: the gzip member at byte [0-9]* is truncated"
pages truncated.warc.gz 4
all_but truncated.warc.gz http://berita.example/arsip/tempa-rupiah-melemah.html

t corrupt.warc.gz 1 30 "${W[@]}" "$tmp/corrupt.warc.gz"
has "corrupt.warc.gz: says so" "$tmp/err" "record 5 at byte 7725 is lost: corrupt gzip data in the member at byte 7725"
pages corrupt.warc.gz 4
all_but corrupt.warc.gz $chunked_uri

t garbage.warc 1 30 "${W[@]}" "$tmp/garbage.warc"
has "garbage.warc: says so" "$tmp/err" "record 4 at byte [0-9]*: not a WARC record header"
pages garbage.warc 5
all_but garbage.warc

t binpayload.warc 1 30 "${W[@]}" "$tmp/binpayload.warc"
has "binpayload.warc: says so" "$tmp/err" "record 4 at byte [0-9]* (http://berita.example/biner.html): binary data, not an HTML page (a NUL byte at byte"
pages binpayload.warc 5

t badchunk.warc 1 30 "${W[@]}" "$tmp/badchunk.warc"
has "badchunk.warc: says so" "$tmp/err" "record 4 at byte [0-9]*: bad chunked transfer coding at byte"
pages badchunk.warc 5

t badlength.warc 1 30 "${W[@]}" "$tmp/badlength.warc"
has "badlength.warc: says so" "$tmp/err" "record 5 at byte [0-9]*: the Content-Length is not a number"
pages badlength.warc 4

# the same bytes on every run (a first byte that is a line break would move
# the "not a WARC record header" message to byte 1: a WARC reader skips blank
# lines between records)
python3 -c 'import random, sys; random.seed(20261125); sys.stdout.buffer.write(bytes(random.getrandbits(8) for _ in range(200000)))' >"$tmp/random.bin"
printf '\x00\x01\x02' >>"$tmp/random.bin"
t binary-file 1 10 "${W[@]}" "$tmp/random.bin"
has "binary-file: says so" "$tmp/err" "binary data, not an article"
cp "$tmp/random.bin" "$tmp/random.warc.gz"
t random-as-warc-gz 1 20 "${W[@]}" "$tmp/random.warc.gz"
has "random-as-warc-gz: says so" "$tmp/err" "random.warc.gz"
cp "$tmp/random.bin" "$tmp/random.warc"
t random-as-warc 1 20 "${W[@]}" "$tmp/random.warc"
has "random-as-warc: says so" "$tmp/err" "record 1 at byte 0: not a WARC record header"
printf 'WARC/1.0\r\nWARC-Type: response\r\n' >"$tmp/cut.warc"
t header-cut-short 1 10 "${W[@]}" "$tmp/cut.warc"
has "header-cut-short: says so" "$tmp/err" "record 1 at byte 0: the input ends inside the WARC header"

t huge-html 0 120 "${W[@]}" "$tmp/huge.html"
has "huge-html: the article" "$tmp/out" "^BEKASI, KABARKINI.com - Banjir setinggi 80 sentimeter"
t huge-html-full 0 120 "$warta" extract "$tmp/huge.html"
t huge-in-warc 0 120 "${W[@]}" "$tmp/huge.warc.gz"
pages huge-in-warc 3
has "huge-in-warc: the big page" "$tmp/out" "^id: http://berita.example/besar.html"

t nested-100k 0 60 "${W[@]}" "$tmp/nested.html"
has "nested-100k: the paragraph" "$tmp/out" "^Warga Desa Sukamaju menggelar rapat"
exit $fail
