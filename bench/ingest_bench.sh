#!/usr/bin/env bash
# ingest_bench.sh — how fast warta reads HTML pages and .warc.gz archives.
#
#   bench/ingest_bench.sh [WARTA]        (default: build/warta)
#
# Builds a corpus from the fixture pages of tests/data/html (each page
# copied many times with its URL, numbers and a comment varied, so that no
# two files are the same): a directory of HTML files and a .warc.gz of the
# same pages written the way wget writes them (a request and a response
# record per page, one gzip member per record: every record an HTML page,
# the hardest case for MB/s of compressed input); and crawl.warc.gz, the
# same pages with their page requisites as `wget -p --warc-file` records
# them (two JPEG images per page, a stylesheet and a script every 20
# pages; a quarter of the pages, to keep it near 100 MB), all of which warta
# must read past.  Then times, on one core
# (taskset -c 0 when available), the median of 5 runs of:
#   text          `warta extract --format text`: ingest only (charset, HTML
#                 parse, main text, metadata; WARC and gzip for the archive)
#   segment-only  `warta extract --segment-only`: ingest + the text core
#                 (UTF-8, NFC, paragraphs, sentences, tokens, dateline)
#   full          `warta extract`: the whole pipeline
# and prints MB/s: of HTML bytes for the directory, of compressed bytes for
# the archives.  Environment: INGEST_MB (corpus size, default 60), RUNS
# (default 5), KEEP=1 to keep the corpus (its directory is printed).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
warta=${1:-$here/build/warta}
[ -x "$warta" ] || { echo "ingest_bench: $warta is not built (make build)" >&2; exit 2; }
mb=${INGEST_MB:-60}
runs=${RUNS:-5}
dir=$(mktemp -d "${TMPDIR:-/tmp}/warta-ingest-bench.XXXXXX")
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$dir"' EXIT
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)

python3 - "$here/tests/data/html" "$dir" "$mb" <<'PY'
import gzip, os, re, sys
src, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
pages = sorted(f for f in os.listdir(src) if f.endswith('.html'))
data = [open(os.path.join(src, f), 'rb').read() for f in pages]
os.makedirs(os.path.join(out, 'html'))
import random
rnd = random.Random(1)
warc = open(os.path.join(out, 'corpus.warc.gz'), 'wb')
crawl = open(os.path.join(out, 'crawl.warc.gz'), 'wb')
css = b''.join(b'.k%d{margin:0 %dpx;color:#%06x}\n' % (k, k % 17, k * 7919 % 0xffffff) for k in range(3000))
js = b''.join(b'function f%d(a){return a*%d+document.title.length;}\n' % (k, k) for k in range(2500))
total = cut = 0
i = 0
digits = re.compile(rb'\b(1[0-9]|2[0-9])\b')
def rec(kind, uri, block, ctype):
    head = ('WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: <%s>\r\nWARC-Date: 2023-12-01T00:00:00Z\r\n'
            'WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nContent-Type: %s\r\n'
            'Content-Length: %d\r\n\r\n' % (kind, uri, i * 2 + (kind == 'response'), ctype, len(block)))
    return gzip.compress(head.encode() + block + b'\r\n\r\n', compresslevel=6, mtime=0)
while total < mb * 1000 * 1000:
    p = data[i % len(data)]
    n = i // len(data)
    # vary: the URL, the small numbers of the text, a comment
    v = digits.sub(lambda m: str((int(m.group(1)) + n) % 90 + 10).encode(), p)
    v = v.replace(b'</head>', b'<!-- salinan %d -->\n</head>' % n, 1) if b'</head>' in v else v
    name = '%05d-%s' % (i, pages[i % len(pages)])
    with open(os.path.join(out, 'html', name), 'wb') as f:
        f.write(v)
    uri = 'https://berita.example/%d/%s' % (n, pages[i % len(pages)])
    req = rec('request', uri, b'GET / HTTP/1.1\r\nHost: berita.example\r\n\r\n', 'application/http; msgtype=request')
    body = b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n' % len(v) + v
    resp = rec('response', uri, body, 'application/http; msgtype=response')
    warc.write(req + resp)
    if total >= mb * 1000 * 1000 // 4:  # the crawl archive: the first quarter of the pages
        total += len(v)
        for m in re.finditer(rb'(?is)<(script|style|svg|noscript|template)\b.*?</\1\s*>|<!--.*?-->', v):
            cut += m.end() - m.start()
        i += 1
        continue
    crawl.write(req + resp)
    # page requisites: two photos (JPEG data does not compress), and now and
    # then a stylesheet and a script
    reqs = [('image/jpeg', b'\xff\xd8\xff\xe0' + rnd.randbytes(rnd.randint(20000, 90000))) for _ in range(2)]
    if i % 20 == 0:
        reqs += [('text/css', css), ('application/javascript', js)]
    for k, (ct, payload) in enumerate(reqs):
        ruri = '%s/r%d' % (uri, k)
        crawl.write(rec('request', ruri, b'GET /r HTTP/1.1\r\nHost: berita.example\r\n\r\n', 'application/http; msgtype=request'))
        crawl.write(rec('response', ruri, b'HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n' % (ct.encode(), len(payload)) + payload, 'application/http; msgtype=response'))
    total += len(v)
    # bytes the fast prepass cuts before libxml2 (script, style, svg, comments)
    for m in re.finditer(rb'(?is)<(script|style|svg|noscript|template)\b.*?</\1\s*>|<!--.*?-->', v):
        cut += m.end() - m.start()
    i += 1
warc.close()
crawl.close()
with open(os.path.join(out, 'info'), 'w') as f:
    f.write('%d %d %d %d %d\n' % (i, total, os.path.getsize(os.path.join(out, 'corpus.warc.gz')), cut,
                                  os.path.getsize(os.path.join(out, 'crawl.warc.gz'))))
PY
read -r npages htmlbytes gzbytes cutbytes crawlbytes <"$dir/info"

# "WALL CPU": the medians of wall-clock and CPU (user + system) seconds of
# $runs runs of a command, its output discarded.  On a machine shared with
# other work the CPU time is the fairer one-core figure.
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f "%e %U %S" -o "$dir/time")
median() {
  local w=() c=()
  for _ in $(seq "$runs"); do
    local a b
    a=$(date +%s.%N)
    "${timer[@]}" "${pin[@]}" "$@" >/dev/null 2>&1 || true
    b=$(date +%s.%N)
    w+=("$(echo "$b - $a" | bc -l)")
    if [ ${#timer[@]} -gt 0 ]; then c+=("$(awk '{print $2 + $3}' "$dir/time")"); else c+=("${w[-1]}"); fi
  done
  local mw mc
  mw=$(printf '%s\n' "${w[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mc=$(printf '%s\n' "${c[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$mw $mc"
}
rate() { echo "scale=1; $1 / 1000000 / ($2 + 0.0001)" | bc -l; }

echo "ingest corpus: $npages HTML pages, $((htmlbytes / 1000000)) MB of HTML" \
  "($((100 * cutbytes / htmlbytes))% in script/style/svg/comments);" \
  "corpus.warc.gz (HTML only) $((gzbytes / 1000000)) MB, crawl.warc.gz (with requisites)" \
  "$((crawlbytes / 1000000)) MB compressed; $runs runs each, median, one core;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "MB/s by CPU time (user+system), then by wall-clock time:"
for mode in text segment-only full; do
  case $mode in
    text) args=(--format text) ;;
    segment-only) args=(--segment-only --format jsonl) ;;
    full) args=(--format jsonl) ;;
  esac
  read -r thw thc < <(median "$warta" extract --quiet "${args[@]}" "$dir/html")
  read -r tww twc < <(median "$warta" extract --quiet "${args[@]}" "$dir/corpus.warc.gz")
  read -r tcw tcc < <(median "$warta" extract --quiet "${args[@]}" "$dir/crawl.warc.gz")
  printf 'ingest %-13s HTML %6.1f (%6.1f) MB/s | .warc.gz HTML only %5.1f (%5.1f) MB/s | .warc.gz crawl %6.1f (%6.1f) MB/s\n' \
    "$mode" "$(rate "$htmlbytes" "$thc")" "$(rate "$htmlbytes" "$thw")" "$(rate "$gzbytes" "$twc")" \
    "$(rate "$gzbytes" "$tww")" "$(rate "$crawlbytes" "$tcc")" "$(rate "$crawlbytes" "$tcw")"
done
[ "${KEEP:-0}" = 1 ] && echo "corpus kept in $dir"
exit 0
