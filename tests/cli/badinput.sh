#!/usr/bin/env bash
# Bad input never crashes warta and never takes long: invalid UTF-8, NUL
# bytes, empty input, a 50 MB single line, 10,000 unbalanced quote marks, and
# a JSONL stream with bad records among good ones (the good ones survive).
set -uo pipefail
warta=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
t() { # NAME EXPECTED_EXIT TIMEOUT CMD... ; stderr kept in $tmp/err
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

printf 'Harga naik \xff\xfe lagi.\n' >"$tmp/bad.txt"
t invalid-utf8 1 10 "$warta" extract "$tmp/bad.txt"
has invalid-utf8-names-byte "$tmp/err" 'invalid UTF-8 at byte 11'
t invalid-utf8-repair 0 10 "$warta" extract --repair "$tmp/bad.txt"
has repair-says-so "$tmp/err" 'replaced 2 invalid UTF-8 sequences'
has repair-output "$tmp/out" '"repairs"'

printf 'Ada\0NUL di sini.' >"$tmp/nul.txt"
t nul-byte 1 10 "$warta" extract "$tmp/nul.txt"
has nul-named "$tmp/err" 'NUL byte'

printf 'Overlong \xc0\xaf and surrogate \xed\xa0\x80.' >"$tmp/overlong.txt"
t overlong 1 10 "$warta" extract "$tmp/overlong.txt"
has overlong-named "$tmp/err" 'overlong encoding'

: >"$tmp/empty.txt"
t empty 0 10 "$warta" extract "$tmp/empty.txt"
has empty-has-result "$tmp/out" '"quotes": \[\]'

python3 -c "
import sys
w=['Presiden','mengatakan','harga','beras','naik,','kata','dia.','\u201dKami','siap,\u201d']
s=' '.join(w[i%len(w)] for i in range(5_600_000))
sys.stdout.write(s[:50_000_000])" >"$tmp/big.txt"
# a reported statement every nine words: 600,000 of them, over WARTA_MAX_QUOTES
t fifty-mb-line-many-quotes 1 120 "$warta" extract --format jsonl "$tmp/big.txt"
has fifty-mb-line-limit-named "$tmp/err" 'WARTA_MAX_QUOTES'
python3 -c "
import sys
w=['Presiden','mengatakan','harga','beras','naik,','kata','dia.'] + ['pasar','ramai','sekali','hari','ini.'] * 200
s=' '.join(w[i%len(w)] for i in range(5_600_000))
sys.stdout.write(s[:50_000_000])" >"$tmp/big.txt"
t fifty-mb-line 0 120 "$warta" extract --format jsonl "$tmp/big.txt"

python3 -c "
import sys
sys.stdout.write(' '.join('\u201dkata' if i%3 else '\"' for i in range(10000)))" >"$tmp/quotes.txt"
t unbalanced-quotes 0 20 "$warta" extract "$tmp/quotes.txt"

head -c 70000000 /dev/zero | tr '\0' 'a' >"$tmp/huge.txt"
t over-size-limit 1 20 "$warta" extract "$tmp/huge.txt"
has over-size-named "$tmp/err" 'over the document size limit'

{
  echo '{"id":"a","text":"JAKARTA - Harga naik."}'
  echo '{"id":"b","text":'
  echo '{"id":"c"}'
  echo '[1,2]'
  printf '{"id":"d","text":"bad \xff byte"}\n'
  echo '{"id":"e","text":"Semua baik."}'
} >"$tmp/mixed.jsonl"
t jsonl-bad-records 1 10 "$warta" extract "$tmp/mixed.jsonl"
has jsonl-line-2 "$tmp/err" 'mixed.jsonl:2: not valid JSON'
has jsonl-line-3 "$tmp/err" 'mixed.jsonl:3: no "text" string'
has jsonl-line-4 "$tmp/err" 'mixed.jsonl:4: a record must be a JSON object'
has jsonl-line-5 "$tmp/err" 'mixed.jsonl:5: invalid UTF-8 at byte 4'
n=$(grep -c '"warta":1' "$tmp/out")
if [ "$n" = 2 ]; then echo "ok   jsonl-good-records-kept"; else echo "FAIL jsonl-good-records-kept: $n"; fail=1; fi

# a capitalised run of a million words: each word starts a name, and reading
# each run to its end made this quadratic (minutes); now under a second
python3 -c "import sys; sys.stdout.write(' '.join(['Ab'] * 1000000))" >"$tmp/caps.txt"
t capitalised-run 0 20 "$warta" extract --format jsonl "$tmp/caps.txt"

# more quotes than WARTA_MAX_QUOTES: an error naming the limit and the byte,
# and the next record of a JSONL stream is still read
python3 -c "
import json
q = '\n\n'.join(['\u201cKami siap bekerja,\u201d kata Budi.'] * 70000)
print(json.dumps({'id': 'many', 'text': q}))
print(json.dumps({'id': 'next', 'text': 'Semua baik.'}))" >"$tmp/quotes70k.jsonl"
t quote-limit 1 60 "$warta" extract --format jsonl "$tmp/quotes70k.jsonl"
has quote-limit-named "$tmp/err" 'more than 65536 quotes in one document (WARTA_MAX_QUOTES) at byte'
has quote-limit-next-record "$tmp/out" '"id":"next"'

# invalid UTF-8 in metadata: replaced with U+FFFD in the result (the store and
# its content hash see the same text as the JSON); a bad published date is
# quoted on one line
printf '{"id":"y","text":"Halo.","title":"T\xffx"}\n{"id":"z","text":"Halo.","published":"a\\nb\xff"}\n' >"$tmp/meta.jsonl"
t meta-invalid-utf8 1 10 "$warta" extract --format jsonl "$tmp/meta.jsonl"
has meta-title-repaired "$tmp/out" $'"title":"T\xef\xbf\xbdx"'
has meta-published-one-line "$tmp/err" $'meta.jsonl:2: published date \'a?b\xef\xbf\xbd\' is not YYYY-MM-DD'

t missing-file 1 10 "$warta" extract "$tmp/does-not-exist.txt"
t bad-option 2 10 "$warta" extract --no-such-option
t bad-published 2 10 "$warta" extract --published 2023-13-45 "$tmp/empty.txt"
exit $fail
