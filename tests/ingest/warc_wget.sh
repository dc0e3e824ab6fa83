#!/usr/bin/env bash
# Real WARC files: Debian's wget crawls fixture pages from a local server
# (plain pages, a windows-1252 page without a charset anywhere, a chunked
# response, a gzip-encoded response, a PNG, a JSON file, a 404) into a
# .warc.gz and a plain .warc; warta must read every HTML page from both
# exactly as it reads the page's file, skip and count the rest.
#   warc_wget.sh WARTA HTMLDIR
set -uo pipefail
warta=$1
html=$2
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v wget >/dev/null; then echo "wget is missing (scripts/setup.sh check installs it)"; exit 1; fi
tmp=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok   $1"; }
no() { echo "FAIL $1"; fail=1; }

mkdir -p "$tmp/site"
pages=(kabarkini-banjir-bekasi detak-cabai-kramatjati nusantara-pupuk-lampung metropakuan-angkot-bogor
  khatulistiwa-panas-pontianak wonolestari-sekolah-rusak)
for p in "${pages[@]}"; do cp "$html/$p.html" "$tmp/site/"; done
printf '\x89PNG\r\n\x1a\n' >"$tmp/site/logo.png"
head -c 2000 /dev/urandom >>"$tmp/site/logo.png"
echo '{"status": "ok"}' >"$tmp/site/data.json"

python3 "$here/serve.py" "$tmp/site" "$tmp/port" &
server=$!
for _ in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
[ -s "$tmp/port" ] || { echo "FAIL the local server did not start"; exit 1; }
base="http://127.0.0.1:$(cat "$tmp/port")"

urls=()
for p in "${pages[@]}"; do urls+=("$base/$p.html"); done
urls+=("$base/chunked/detak-cabai-kramatjati.html" "$base/gzip/voks-kopi-gayo.html")
cp "$html/voks-kopi-gayo.html" "$tmp/site/"
urls+=("$base/logo.png" "$base/data.json" "$base/tidak-ada.html")

# wget exits 8 when a server answered with an error (the 404): expected
timeout 60 wget -q --tries=1 --timeout=10 --warc-file="$tmp/crawl" -O /dev/null "${urls[@]}"
rc=$?
[ $rc = 0 ] || [ $rc = 8 ] || no "wget exited $rc"
timeout 60 wget -q --tries=1 --timeout=10 --no-warc-compression --warc-file="$tmp/plain" -O /dev/null "${urls[@]}"
rc=$?
[ $rc = 0 ] || [ $rc = 8 ] || no "wget (plain WARC) exited $rc"
[ -s "$tmp/crawl.warc.gz" ] && ok "wget wrote crawl.warc.gz" || no "no crawl.warc.gz"
[ -s "$tmp/plain.warc" ] && ok "wget wrote plain.warc" || no "no plain.warc"
kill "$server" 2>/dev/null
server=

# the pages as files, for comparison
args=()
for p in "${pages[@]}" voks-kopi-gayo; do
  "$warta" extract --format jsonl --with-text --segment-only "$html/$p.html" >"$tmp/$p.jsonl" 2>/dev/null
done
for p in "${pages[@]}"; do args+=("$base/$p.html=$tmp/$p.jsonl"); done
args+=("$base/chunked/detak-cabai-kramatjati.html=$tmp/detak-cabai-kramatjati.jsonl")
args+=("$base/gzip/voks-kopi-gayo.html=$tmp/voks-kopi-gayo.jsonl")

for f in crawl.warc.gz plain.warc; do
  timeout 60 "$warta" extract --format jsonl --with-text --segment-only "$tmp/$f" >"$tmp/$f.jsonl" 2>"$tmp/$f.err"
  rc=$?
  [ $rc = 0 ] && ok "$f: exit 0" || { no "$f: exit $rc"; sed 's/^/   /' "$tmp/$f.err"; }
  python3 "$here/compare.py" "$tmp/$f.jsonl" "${args[@]}" | sed "s|^|$f: |"
  [ "${PIPESTATUS[0]}" = 0 ] || fail=1
  n=$(grep -c '"warta":1' "$tmp/$f.jsonl")
  [ "$n" = 8 ] && ok "$f: 8 pages" || no "$f: $n pages, expected 8"
  # 8 HTML pages; the PNG and the JSON skipped as non-HTML (and wget's own
  # log and arguments, kept as text/plain resource records); the 404 skipped
  if grep -q "8 HTML pages read, 4 non-HTML records skipped, 1 non-2xx response skipped" "$tmp/$f.err"; then
    ok "$f: summary line"
  else
    no "$f: summary line"; sed 's/^/   /' "$tmp/$f.err"
  fi
done
# the full pipeline on the archive, and --format text
timeout 120 "$warta" extract --format jsonl "$tmp/crawl.warc.gz" >"$tmp/full.jsonl" 2>/dev/null && ok "full pipeline on crawl.warc.gz" || no "full pipeline on crawl.warc.gz"
"$warta" extract --format text "$tmp/crawl.warc.gz" >"$tmp/text.out" 2>/dev/null
grep -q "^title: Sopir Angkot Bogor Mogok, Tolak Rencana Rute Baru" "$tmp/text.out" && ok "windows-1252 page without a charset" || no "windows-1252 page without a charset"
exit $fail
