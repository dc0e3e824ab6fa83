#!/usr/bin/env bash
# The store's commands end to end: ingest (articles and --results), search,
# speakers, show, trace, stats, stem, with their errors and exit codes.
#   cli_store.sh WARTA SAMPLES_DIR
set -euo pipefail
warta=$1
samples=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/t.db
fails=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fails=$((fails + 1)); }
# expect NAME WANT_EXIT PATTERN -- COMMAND...: exit code and a line matching PATTERN (grep -E)
expect() {
  local name=$1 want=$2 pat=$3
  shift 4
  local out rc=0
  out=$("$@" 2>&1) || rc=$?
  if [ "$rc" != "$want" ]; then bad "$name: exit $rc, want $want"; echo "$out" | head -20; return; fi
  if [ -n "$pat" ] && ! grep -Eq -- "$pat" <<<"$out"; then bad "$name: no line matches /$pat/"; echo "$out" | head -20; return; fi
  ok "$name"
}
# count NAME N -- COMMAND...: COMMAND prints N lines
count() {
  local name=$1 want=$2
  shift 3
  local n
  n=$("$@" | wc -l)
  if [ "$n" = "$want" ]; then ok "$name"; else bad "$name: $n lines, want $want"; fi
}

python3 "$here/fixture.py" >"$tmp/fx.jsonl"

# ---- ingest
expect "ingest --results" 0 "5 new documents, 0 already stored, 0 failed; 10 quotes \(2 linked" -- \
  "$warta" ingest --db "$db" --results "$tmp/fx.jsonl"
expect "ingest again is a no-op" 0 "0 new documents, 5 already stored" -- \
  "$warta" ingest --db "$db" --results "$tmp/fx.jsonl"
expect "ingest --results from stdin" 0 "0 new documents, 5 already stored" -- \
  bash -c "\"$warta\" ingest --db \"$db\" --results < \"$tmp/fx.jsonl\""
printf '{"warta":1,"id":"x"}\nnot json\n' >"$tmp/bad.jsonl"
expect "ingest --results: bad lines are reported, exit 1" 1 "bad.jsonl:2: not valid JSON" -- \
  "$warta" ingest --db "$db" --results "$tmp/bad.jsonl"
# articles go through extraction: into a store of their own
sdb=$tmp/samples.db
expect "ingest articles" 0 "1 new document, 0 already stored" -- \
  "$warta" ingest --db "$sdb" --published 2023-09-13 "$samples"/voi-kim-putin.txt
expect "ingest articles again" 0 "0 new documents, 1 already stored" -- \
  "$warta" ingest --db "$sdb" --published 2023-09-13 "$samples"/voi-kim-putin.txt
expect "ingest --jobs 2" 0 "0 new documents, 1 already stored" -- \
  "$warta" ingest --db "$sdb" --jobs 2 --published 2023-09-13 "$samples"/voi-kim-putin.txt
expect "ingest --quiet prints nothing" 0 "^$" -- \
  "$warta" ingest --quiet --db "$sdb" --published 2023-09-13 "$samples"/voi-kim-putin.txt
expect "ingest articles: the store checks out" 0 "check +ok" -- "$warta" stats --db "$sdb" --check
expect "ingest: bad --published" 2 "published" -- "$warta" ingest --db "$db" --published 13-09-2023 x.txt
expect "ingest: bad --jobs" 2 "--jobs" -- "$warta" ingest --db "$db" --jobs 0 x.txt
expect "ingest: unknown option" 2 "unknown option" -- "$warta" ingest --db "$db" --nope
expect "ingest: unreadable input is reported" 1 "nonexistent" -- \
  "$warta" ingest --db "$db" "$tmp/nonexistent.txt"
expect "ingest: unopenable store" 2 "cannot open store" -- "$warta" ingest --db "$tmp/no/such/dir/x.db" x.txt
expect "ingest --help" 0 "usage: warta ingest" -- "$warta" ingest --help

# ---- search
expect "search, table" 0 "KOMPAS.com +Kim Jong-un +direct +Interfax +Kami akan selalu \[berdiri\]" -- \
  "$warta" search --db "$db" berdiri
count "search: three copies of the statement" 3 -- "$warta" search --db "$db" --format jsonl berdiri
expect "search: newest first" 0 '^\{"id":6,' -- "$warta" search --db "$db" --format jsonl --limit 1 berdiri
expect "search: stemmed (berjuang -> perjuangan)" 0 '"highlighted":"[^"]*\[perjuangan\]' -- \
  "$warta" search --db "$db" --format jsonl berjuang
count "search --speaker" 4 -- "$warta" search --db "$db" --format jsonl --speaker "Kim Jong-un"
count "search --source" 1 -- "$warta" search --db "$db" --format jsonl --source TASS
count "search --outlet" 2 -- "$warta" search --db "$db" --format jsonl --outlet kompas
count "search --kind indirect" 4 -- "$warta" search --db "$db" --format jsonl --kind indirect
count "search --from --to" 6 -- "$warta" search --db "$db" --format jsonl --from 2023-09-13 --to 2023-09-14
count "search phrase" 3 -- "$warta" search --db "$db" --format jsonl '"bersama Rusia"'
count "search OR" 4 -- "$warta" search --db "$db" --format jsonl beras OR militer
count "search csv (header + rows)" 4 -- "$warta" search --db "$db" --format csv beras
expect "search csv quotes commas" 0 '"Sekarang semua serba mahal, beras juga naik terus"' -- \
  "$warta" search --db "$db" --format csv beras
count "search --limit --offset" 2 -- "$warta" search --db "$db" --format jsonl --limit 2 --offset 1
count "search --sort rank" 4 -- "$warta" search --db "$db" --format jsonl --sort rank kami
expect "search --documents" 0 "\[Vostochny\]" -- "$warta" search --db "$sdb" --documents vostochny
expect "search: nothing matched" 0 "no quote matched" -- "$warta" search --db "$db" zzzyyyxxx
expect "search: bad query" 2 "not closed" -- "$warta" search --db "$db" '(harga'
expect "search: bad date" 2 "YYYY-MM-DD" -- "$warta" search --db "$db" --from 2023-13-01
expect "search: bad kind" 2 "unknown kind" -- "$warta" search --db "$db" --kind loud
expect "search: no store" 2 "no store at" -- "$warta" search --db "$tmp/none.db" x
expect "search --help" 0 "usage: warta search" -- "$warta" search --help

# ---- speakers
expect "speakers" 0 "^1 +4 +3  Kim Jong-un" -- "$warta" speakers --db "$db"
expect "speakers --quotes" 0 "#6 +“Kami akan selalu" -- "$warta" speakers --db "$db" --quotes 2
count "speakers jsonl" 4 -- "$warta" speakers --db "$db" --format jsonl
expect "speakers with a filter" 0 '"name":"Joko Widodo".*"quotes":1' -- \
  "$warta" speakers --db "$db" --format jsonl --speaker jokowi
count "speakers csv" 2 -- "$warta" speakers --db "$db" --format csv --limit 1
expect "speakers --help" 0 "usage: warta speakers" -- "$warta" speakers --help

# ---- show
expect "show: speaker, role" 0 "speaker +Kim Jong-un \(PER, entity 1\) — Pemimpin Korea Utara" -- \
  "$warta" show --db "$db" 3
expect "show: source chain" 0 "sources +TASS \(dikutip dari, 2023-09-13\)" -- "$warta" show --db "$db" 3
expect "show: context" 0 "»Kami akan selalu berdiri" -- "$warta" show --db "$db" 3
expect "show: copies" 0 "copies +2 other quotes" -- "$warta" show --db "$db" 3
expect "show --format json" 0 '"sources_chain":\[\{"name":"TASS","cue":"dikutip dari","date":"2023-09-13"\}\]' -- \
  "$warta" show --db "$db" --format json 3
expect "show: unknown id" 2 "no quote 999" -- "$warta" show --db "$db" 999
expect "show: not an id" 2 "not a quote id" -- "$warta" show --db "$db" abc
expect "show --help" 0 "usage: warta show" -- "$warta" show --help

# ---- ingest reads what extract reads: an HTML page (here under a name that
# says nothing, so --input html); --outlet names its outlet
html_page=$(dirname "$here")/data/html/benuaetam-jembatan-kutai.html
cp "$html_page" "$tmp/page.bin"
expect "ingest --input html" 0 "1 new document, 0 already stored, 0 failed; 4 quotes" -- \
  "$warta" ingest --db "$tmp/h.db" --input html --outlet "Benua Etam News" "$tmp/page.bin"
expect "ingest: the outlet is stored" 0 "^4,2023-11-29,Benua Etam News,Bernadus Lung,direct" -- \
  "$warta" search --db "$tmp/h.db" --outlet "Benua Etam News" --format csv --limit 1
expect "ingest: an unknown --input" 2 "unknown input format 'xml'" -- "$warta" ingest --db "$tmp/h.db" --input xml "$tmp/page.bin"

# ---- trace
expect "trace: first run" 0 "first run by ANTARA on 2023-09-12" -- "$warta" trace --db "$db" 6
expect "trace: copies with their sources" 0 "^3 +2023-09-14 +KOMPAS.com +6 +1.00 +Kim Jong-un +Interfax" -- \
  "$warta" trace --db "$db" 3
count "trace jsonl" 3 -- "$warta" trace --db "$db" --format jsonl 3
expect "trace: a quote without copies" 0 "no other document" -- "$warta" trace --db "$db" 2
expect "trace: unknown id" 2 "no quote" -- "$warta" trace --db "$db" 4242
expect "trace --help" 0 "usage: warta trace" -- "$warta" trace --help

# ---- stats, stem
expect "stats --check" 0 "check +ok" -- "$warta" stats --db "$db" --check
expect "stats" 0 "documents +5, published 2023-09-12 to 2023-09-15" -- "$warta" stats --db "$db"
expect "stem" 0 "^dikatakannya	kata$" -- "$warta" stem mengatakan dikatakannya
expect "stem from stdin" 0 "^pertanyaan	tanya$" -- bash -c "echo pertanyaan | \"$warta\" stem"
expect "stem --help" 0 "usage: warta stem" -- "$warta" stem --help

# ---- a --results span that cuts a character is refused; a store that holds
# such a text anyway (written by something else): the table reads nothing
# past the stored text's end (under ASan, a read past it fails the command)
cdb=$tmp/cut.db
python3 - "$tmp" <<'PY'
import json, sys
t = 'Budi berkata: kafé itu ramai sekali setiap malam minggu.'
b = t.encode()
e = b.index('é'.encode()) + 1  # inside the two bytes of "é"
for name, end in (('cut', e), ('whole', e + 1)):
    with open(sys.argv[1] + '/' + name + '.jsonl', 'w') as f:
        print(json.dumps({'warta': 1, 'id': 'cut', 'url': 'https://contoh.example/cut', 'text': t,
                          'quotes': [{'id': 0, 'kind': 'direct', 'content': [0, end], 'cue': [5, 12],
                                      'speaker': None, 'sources': [], 'confidence': 0.5}],
                          'entities': []}, ensure_ascii=False), file=f)
PY
expect "ingest --results: a span that cuts a character" 1 "quote 0: content \[0,18\) cuts a character" -- \
  "$warta" ingest --db "$cdb" --results "$tmp/cut.jsonl"
expect "ingest --results: the same span ending after the character" 0 "1 new document" -- \
  "$warta" ingest --db "$cdb" --results "$tmp/whole.jsonl"
python3 - "$cdb" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
t = db.execute('SELECT text FROM quotes').fetchone()[0].encode()
db.execute('UPDATE quotes SET text = CAST(? AS TEXT)', (t[:-1],))  # now ends inside "é"
db.commit()
PY
expect "search, table: a stored text ending inside a character" 0 "berkata: kaf" -- "$warta" search --db "$cdb" budi

echo
if [ "$fails" -gt 0 ]; then echo "$fails store CLI check(s) failed"; exit 1; fi
echo "all store CLI checks passed"
