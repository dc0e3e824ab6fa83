#!/usr/bin/env bash
# Bad and pathological input, part two (docs/RELIABILITY.md): each case has a
# time bound and an expected exit code, and the limit cases must name the
# limit.  Overlong encodings, surrogates, CRLF, a byte-order mark, 60 MB and
# 100 MB single lines (text and JSONL), a JSONL line over its limit,
# pathological quote and bracket patterns, a million one-letter (or
# capitalised) words, a 10 MB word, 100,000 empty lines or one-character
# paragraphs, the token limit, the quote limit, deep JSON nesting, a raw NUL
# inside a JSONL string.
#   badinput2.sh WARTA
set -uo pipefail
warta=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
# Known open findings (docs/RELIABILITY.md, "Findings in other parts of the
# project"): these cases run with their full bounds; a failure is reported as
# XFAIL and does not fail the suite, a pass as XPASS.  Take a name out once it
# passes in both builds of `make check`.  None open now.
KNOWN=" "
t() { # NAME EXPECTED_EXIT TIMEOUT CMD... ; output in $tmp/out, stderr in $tmp/err
  local name=$1 want=$2 secs=$3
  shift 3
  local t0=$SECONDS
  timeout "$secs" "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  local why=""
  if [ "$got" = 124 ]; then why="took more than ${secs}s"
  elif [ "$got" != "$want" ]; then why="exit $got, expected $want"
  fi
  if [[ "$KNOWN" == *" $name "* ]]; then
    if [ -n "$why" ]; then echo "XFAIL $name: $why (open finding, docs/RELIABILITY.md)"
    else echo "XPASS $name ($((SECONDS - t0))s): within its bound; once it passes in both builds, take it out of KNOWN"; fi
  elif [ -n "$why" ]; then
    echo "FAIL $name: $why"; sed 's/^/   /' "$tmp/err" | head -5; fail=1
  else
    echo "ok   $name ($((SECONDS - t0))s)"
  fi
}
has() { # NAME FILE PATTERN
  if grep -q -- "$3" "$2"; then echo "ok   $1"; else echo "FAIL $1: no '$3' in $2"; sed 's/^/   /' "$2" | head -5; fail=1; fi
}
py() { # NAME PYTHON-CODE ARGS... : the code asserts; `out` is the parsed output
  local name=$1 code=$2
  shift 2
  if python3 - "$tmp/out" "$@" >"$tmp/pyerr" 2>&1 <<EOF
import json, sys
out = json.load(open(sys.argv[1]))
args = sys.argv[2:]
$code
EOF
  then echo "ok   $name"; else echo "FAIL $name:"; sed 's/^/   /' "$tmp/pyerr" | tail -5; fail=1; fi
}
gen() { # FILE PYTHON-EXPRESSION (bytes or str) : writes it
  python3 -c "
import sys
x = $2
sys.stdout.buffer.write(x if isinstance(x, bytes) else x.encode('utf-8'))" >"$1" || { echo "FAIL cannot make $1"; fail=1; }
}

# ---- UTF-8 that is not: overlong forms and surrogates, named and repairable
for c in 'c0af:2-byte' 'e080af:3-byte' 'f08080af:4-byte' 'c1bf:2-byte-c1'; do
  hex=${c%%:*}
  gen "$tmp/ol.txt" "b'Garis miring ' + bytes.fromhex('$hex') + b' di sini.'"
  t "overlong-${c#*:}" 1 10 "$warta" extract "$tmp/ol.txt"
  has "overlong-${c#*:}-named" "$tmp/err" 'overlong encoding'
  t "overlong-${c#*:}-repair" 0 10 "$warta" extract --repair "$tmp/ol.txt"
  has "overlong-${c#*:}-repaired" "$tmp/err" 'replaced'
done
for c in 'eda080:high' 'edbfbf:low' 'eda0bdedb880:cesu-pair'; do
  hex=${c%%:*}
  gen "$tmp/sur.txt" "b'Surrogat ' + bytes.fromhex('$hex') + b' di sini.'"
  t "surrogate-${c#*:}" 1 10 "$warta" extract "$tmp/sur.txt"
  has "surrogate-${c#*:}-named" "$tmp/err" 'UTF-16 surrogate'
  t "surrogate-${c#*:}-repair" 0 10 "$warta" extract --repair "$tmp/sur.txt"
done
gen "$tmp/above.txt" "b'Di atas \xf4\x90\x80\x80 batas.'"
t above-u10ffff 1 10 "$warta" extract "$tmp/above.txt"
has above-u10ffff-named "$tmp/err" 'above U+10FFFF'

# ---- CRLF line ends and a byte-order mark: same dateline, spans without them
gen "$tmp/crlf.txt" "'JAKARTA - Presiden mengatakan harga naik.\r\n\r\n\"Kami siap,\" kata Budi.\r\nIa pergi.\r\n'"
t crlf 0 10 "$warta" extract --segments "$tmp/crlf.txt"
py crlf-spans "
text = open(args[0], 'rb').read()
assert out['dateline']['place'] == 'JAKARTA', out['dateline']
assert len(out['paragraphs']) == 3, out['paragraphs']
for p in out['paragraphs'] + [{'span': s} for s in out['sentences']]:
    s, e = p['span']
    assert b'\r' not in text[s:e] and b'\n' not in text[s:e], text[s:e]
" "$tmp/crlf.txt"
gen "$tmp/bom.txt" "'\ufeffJAKARTA - Presiden mengatakan harga naik.\n\"Kami siap,\" kata Budi.'"
t bom 0 10 "$warta" extract --segments "$tmp/bom.txt"
py bom-dateline-and-offsets "
text = open(args[0], 'rb').read()
d = out['dateline']
assert d['place'] == 'JAKARTA', d
assert d['span'][0] == 3 and text[3:10] == b'JAKARTA', d
assert out['body']['span'][0] == 3, out['body']
assert out['paragraphs'][0]['span'][0] == 3, out['paragraphs']
" "$tmp/bom.txt"
gen "$tmp/bom.jsonl" "b'\xef\xbb\xbf{\"id\":\"a\",\"text\":\"JAKARTA - Harga naik.\"}\r\n{\"id\":\"b\",\"text\":\"Semua baik.\"}\r\n'"
t bom-crlf-jsonl 0 10 "$warta" extract --input jsonl "$tmp/bom.jsonl"
n=$(grep -c '"warta":1' "$tmp/out")
if [ "$n" = 2 ]; then echo "ok   bom-crlf-jsonl-records"; else echo "FAIL bom-crlf-jsonl-records: $n"; fail=1; fi

# ---- single lines of 60 MB (under the 64 MiB limit) and 100 MB (over it)
gen "$tmp/l60.txt" "(lambda b: b[:b.rindex(b' ', 0, 60_000_000)])(' '.join(['Harga', 'beras', 'naik', 'di', 'pasar', 'induk', 'pada', 'pagi', 'hari.'][i % 9] for i in range(11_500_000)).encode())"
size=$(stat -c %s "$tmp/l60.txt")
if [ "$size" -gt 59000000 ]; then echo "ok   line-60mb-made ($size bytes)"; else echo "FAIL line-60mb-made: $size bytes"; fail=1; fi
t line-60mb 0 90 "$warta" extract --format jsonl --segment-only "$tmp/l60.txt"
t line-60mb-full 0 90 "$warta" extract --format jsonl "$tmp/l60.txt"
# (no reporting verbs there: news prose has a quote every kilobyte or so, so
# 60 MB of it is over WARTA_MAX_QUOTES, as the next case shows)
# with reporting verbs and quote marks: far more than WARTA_MAX_QUOTES quotes
gen "$tmp/l60q.txt" "(lambda b: b[:b.rindex(b' ', 0, 60_000_000)])(' '.join(['Presiden', 'mengatakan', 'harga', 'beras', 'naik,', 'kata', 'dia.', '\u201dKami', 'siap,\u201d'][i % 9] for i in range(8_500_000)).encode())"
t line-60mb-quotes-segments 0 90 "$warta" extract --format jsonl --segment-only "$tmp/l60q.txt"
t line-60mb-quotes-full 1 90 "$warta" extract --format jsonl "$tmp/l60q.txt"
has line-60mb-quotes-named "$tmp/err" 'more than 65536 quotes in one document (WARTA_MAX_QUOTES)'
rm -f "$tmp/l60q.txt"
head -c 100000000 /dev/zero | tr '\0' 'a' >"$tmp/l100.txt"
t line-100mb 1 20 "$warta" extract "$tmp/l100.txt"
has line-100mb-named "$tmp/err" 'over the document size limit'
t line-100mb-stdin 1 20 sh -c "cat '$tmp/l100.txt' | '$warta' extract --input text -"
has line-100mb-stdin-named "$tmp/err" 'over the.* size limit'
{ printf '{"id":"big","text":"'; head -c 100000000 /dev/zero | tr '\0' 'a'; printf '"}\n{"id":"ok","text":"Semua baik."}\n'; } >"$tmp/l100.jsonl"
t jsonl-100mb-text 1 30 "$warta" extract --format jsonl "$tmp/l100.jsonl"
has jsonl-100mb-text-named "$tmp/err" 'l100.jsonl:1: document of 100000000 bytes is over the size limit of 67108864 bytes (WARTA_MAX_DOC_BYTES)'
has jsonl-100mb-next-record "$tmp/out" '"id":"ok"'
rm -f "$tmp/l60.txt" "$tmp/l100.txt" "$tmp/l100.jsonl"
# a JSONL line over its limit (128 MiB) is skipped, and the stream goes on
t jsonl-line-limit 1 30 sh -c "{ printf '{\"text\":\"'; head -c 140000000 /dev/zero | tr '\0' a; printf '\"}\n{\"id\":\"ok\",\"text\":\"Semua baik.\"}\n'; } | '$warta' extract --input jsonl --format jsonl -"
has jsonl-line-limit-named "$tmp/err" '-:1: line of 140000012 bytes is over the JSONL line limit of 134217728 bytes'
has jsonl-line-limit-next-record "$tmp/out" '"id":"ok"'

# ---- the token limit: 17 million one-letter words (34 MB) is over 16,777,216 tokens
gen "$tmp/tok.txt" "'a ' * 17_000_000"
t token-limit 1 60 "$warta" extract --segment-only "$tmp/tok.txt"
has token-limit-named "$tmp/err" 'more than 16777216 tokens in one document (WARTA_MAX_TOKENS)'
rm -f "$tmp/tok.txt"

# ---- the quote limit: 70,000 direct quotes is over 65,536
gen "$tmp/q70k.txt" "'\u201cKami siap,\u201d kata Budi.\n' * 70000"
t quote-limit 1 60 "$warta" extract --format jsonl "$tmp/q70k.txt"
has quote-limit-named "$tmp/err" 'more than 65536 quotes in one document (WARTA_MAX_QUOTES)'

# ---- pathological quote marks and brackets
gen "$tmp/alt.txt" "'\u201c\u201d' * 10_000"
t quotes-alternating-10k 0 20 "$warta" extract "$tmp/alt.txt"
gen "$tmp/straight.txt" "'\"' * 100_000"
t quotes-straight-100k 0 20 "$warta" extract "$tmp/straight.txt"
gen "$tmp/straight-words.txt" "' '.join('\"kata' if i % 2 else 'dia\"' for i in range(100_000))"
t quotes-straight-words-100k 0 20 "$warta" extract "$tmp/straight-words.txt"
gen "$tmp/nested.txt" "''.join(('\u201c' if i % 2 == 0 else '\u2018') + 'kata%d ' % i for i in range(1000)) + ''.join('\u201d' if i % 2 == 0 else '\u2019' for i in reversed(range(1000))) + ' ujar Budi.'"
t quotes-nested-1000 0 20 "$warta" extract "$tmp/nested.txt"
gen "$tmp/unclosed.txt" "'\u201cKami siap, kata Budi. ' * 20_000"
t quotes-unclosed-20k 0 20 "$warta" extract "$tmp/unclosed.txt"
gen "$tmp/brackets.txt" "'(' * 100_000"
t brackets-100k 0 20 "$warta" extract "$tmp/brackets.txt"
gen "$tmp/brackets2.txt" "'(' * 50_000 + 'kata Budi' + ')' * 50_000"
t brackets-balanced-50k 0 20 "$warta" extract "$tmp/brackets2.txt"

# ---- many small things, one big thing
gen "$tmp/words.txt" "'a ' * 1_000_000"
t words-1m 0 20 "$warta" extract "$tmp/words.txt"
gen "$tmp/initials1m.txt" "'A. ' * 1_000_000"
t caps-initials-1m 0 20 "$warta" extract "$tmp/initials1m.txt"
gen "$tmp/caps.txt" "'Ab ' * 1_000_000"
t caps-words-1m 0 20 "$warta" extract "$tmp/caps.txt"
gen "$tmp/lowsent.txt" "'a. ' * 300_000"
t sentences-300k 0 20 "$warta" extract "$tmp/lowsent.txt"
head -c 10000000 /dev/zero | tr '\0' 'a' >"$tmp/word.txt"
t word-10mb 0 20 "$warta" extract "$tmp/word.txt"
gen "$tmp/url.txt" "'http://' + 'a.' * 2_000_000"
t url-4mb 0 20 "$warta" extract "$tmp/url.txt"
gen "$tmp/initials.txt" "'A.' * 1_000_000"
t initials-2mb 0 20 "$warta" extract "$tmp/initials.txt"
gen "$tmp/empty-lines.txt" "'\n' * 100_000"
t empty-lines-100k 0 20 "$warta" extract "$tmp/empty-lines.txt"
has empty-lines-no-body "$tmp/out" '"span": \[0, 0\]'
gen "$tmp/paras.txt" "'a\n' * 100_000"
t one-char-paragraphs-100k 0 20 "$warta" extract --segments "$tmp/paras.txt"
py one-char-paragraphs-count "assert len(out['paragraphs']) == 100_000, len(out['paragraphs'])"
gen "$tmp/wrapped.txt" "('Presiden mengatakan pemerintah akan menyalurkan bantuan sosial\nkepada masyarakat miskin pekan ini dan meminta menteri bergerak\n\n') * 50_000"
t hard-wrapped-100k-lines 0 20 "$warta" extract "$tmp/wrapped.txt"
gen "$tmp/wrapped2.txt" "('Presiden mengatakan pemerintah akan menyalurkan bantuan sosial\nkepada masyarakat miskin di kota ini dan meminta menteri bergerak\n\n') * 50_000"
t hard-wrapped-100k-lines-no-dates 0 20 "$warta" extract "$tmp/wrapped2.txt"
gen "$tmp/datesq.txt" "'Pada kemarin. ' * 1_000_000 + '\n' + 'Budi mengatakan harga naik.\n' * 60_000"
t dates-then-quotes 0 20 "$warta" extract "$tmp/datesq.txt"
gen "$tmp/dashes.txt" "'JAKARTA - ' * 200_000"
t dateline-dashes-200k 0 20 "$warta" extract "$tmp/dashes.txt"

# ---- JSONL: deep nesting, a raw NUL inside a string
gen "$tmp/deep.jsonl" "'{\"text\":\"a\",\"x\":' + '[' * 100_000 + ']' * 100_000 + '}\n{\"id\":\"ok\",\"text\":\"Semua baik.\"}\n'"
t jsonl-deep-nesting 1 20 "$warta" extract --format jsonl "$tmp/deep.jsonl"
has jsonl-deep-nesting-named "$tmp/err" 'deep.jsonl:1: not valid JSON'
has jsonl-deep-nesting-next-record "$tmp/out" '"id":"ok"'
gen "$tmp/nul.jsonl" "b'{\"id\":\"a\",\"text\":\"Harga naik\x00 tersembunyi\"}\n'"
t jsonl-raw-nul 1 10 "$warta" extract "$tmp/nul.jsonl"
has jsonl-raw-nul-named "$tmp/err" 'nul.jsonl:1: NUL byte at byte 29 of the line'
# a read error ends the file: said once, then the next file is read
gen "$tmp/cut.jsonl.gz" "(lambda z: z[:len(z) // 2])(__import__('gzip').compress(b''.join(b'{\"id\":\"%d\",\"text\":\"Harga beras naik %d persen.\"}\n' % (i, i) for i in range(5000))))"
t jsonl-gz-truncated 1 20 "$warta" extract --format jsonl "$tmp/cut.jsonl.gz" "$tmp/nul.jsonl"
n=$(grep -c 'truncated gzip data' "$tmp/err")
if [ "$n" = 1 ]; then echo "ok   jsonl-gz-truncated-said-once"; else echo "FAIL jsonl-gz-truncated-said-once: $n"; fail=1; fi
has jsonl-gz-truncated-next-file "$tmp/err" 'nul.jsonl:1: NUL byte'
exit $fail
