#!/usr/bin/env bash
# dump.sh — everything a store holds, as text that does not depend on how it
# was written: every table in its natural order (the time a document was
# added left out), propagation groups, and the answers to a fixed list of
# searches (quotes and documents, both sort orders, filters, prefixes).  Two
# stores built from the same input by two versions of warta must dump the
# same; a change that makes ingest faster is checked with it:
#
#   bash bench/store/dump.sh STORE.db [WARTA] > before.txt
#   ... rebuild, ingest again ...
#   bash bench/store/dump.sh STORE.db [WARTA] > after.txt && cmp before.txt after.txt
#
# Needs the sqlite3 command-line shell.  The queries are words, prefixes and
# phrases of the generated corpus (bench/store/gen_corpus.py) and of the
# samples; a query that matches nothing still has to match nothing.
set -euo pipefail
db=$1
here=$(cd "$(dirname "$0")/../.." && pwd)
warta=${2:-$here/build/warta}
q() { sqlite3 -batch -noheader -separator '|' "file:$db?mode=ro" "$1"; }

echo "== documents"
q "SELECT id, hex(hash), ext_id, url, title, outlet, published, dateline, length(text), hex(sha3(text)), nquotes
   FROM documents ORDER BY id" 2>/dev/null ||
  q "SELECT id, hex(hash), ext_id, url, title, outlet, published, dateline, length(text), nquotes FROM documents ORDER BY id"
echo "== entities"
q "SELECT id, type, name, key FROM entities ORDER BY id"
echo "== aliases"
q "SELECT entity, key, alias FROM aliases ORDER BY entity, key"
echo "== mentions"
q "SELECT document, start_byte, entity, end_byte FROM mentions ORDER BY document, start_byte, entity"
echo "== roles"
q "SELECT document, entity, kind, start_byte, end_byte, text FROM roles ORDER BY document, entity, kind, start_byte"
echo "== quotes"
q "SELECT id, skey, document, ord, kind, start_byte, end_byte, text, cue, cue_start, cue_end, speaker, speaker_start,
          speaker_end, entity, role, affiliation, printf('%.6f', confidence), sources, grp FROM quotes ORDER BY id"
echo "== sources"
q "SELECT quote, ord, name, cue, date, start_byte, end_byte FROM sources ORDER BY quote, ord"
echo "== lsh"
q "SELECT key, quote FROM lsh ORDER BY key, quote"
echo "== names"
q "SELECT c0, c1 FROM names_fts_content ORDER BY c1, c0"
echo "== groups"
q "SELECT grp, count(*), min(id), max(id) FROM quotes WHERE grp IS NOT NULL GROUP BY grp ORDER BY grp"
echo "== check"
"$warta" stats --db "$db" --check 2>&1 | sed "s|$db|STORE|" || true

# the searches: words of the generated corpus's most frequent roots, words of
# the samples, prefixes, phrases, filters
words=(kata harga korup presiden pemerintah menteri rakyat yang untuk tidak visus diazeotrop
  futurolog lantesari merelevan asbut kernet azeotrop seburu kelahi jilbab koordinasi
  Putin Korea Vladivostok Jakarta Antara TASS)
for w in "${words[@]}"; do
  for sort in date rank; do
    echo "== search $w --sort $sort"
    "$warta" search --db "$db" --format jsonl --limit 50 --sort "$sort" "$w" || true
  done
  echo "== search --documents $w"
  "$warta" search --db "$db" --documents --format jsonl --limit 50 "$w" || true
done
for p in 'vis*' 'kor*' 'mena*' 'futur*' 'azeo*' 'peng*' 'lante*'; do
  echo "== search prefix $p"
  "$warta" search --db "$db" --format jsonl --limit 50 "$p" || true
done
for p in '"jelas direktur"' '"ujar bupati"' 'harga OR korup' 'kata NOT yang' '(futurolog OR azeotrop) AND tidak'; do
  echo "== search expr $p"
  "$warta" search --db "$db" --format jsonl --limit 50 "$p" || true
  "$warta" search --db "$db" --documents --format jsonl --limit 50 "$p" || true
done
for s in Setiawan Nasution Putin Kim Gita; do
  echo "== search --speaker $s"
  "$warta" search --db "$db" --format jsonl --limit 50 --speaker "$s" || true
done
for s in Antara Reuters TASS AFP; do
  echo "== search --source $s"
  "$warta" search --db "$db" --format jsonl --limit 50 --source "$s" || true
done
echo "== search --kind direct --from 2023-03-01 --to 2023-03-31"
"$warta" search --db "$db" --format jsonl --limit 50 --kind direct --from 2023-03-01 --to 2023-03-31 || true
echo "== speakers"
"$warta" speakers --db "$db" --limit 30 --format jsonl 2>/dev/null || "$warta" speakers --db "$db" --limit 30 || true
# the first quotes of the five largest groups, traced
for id in $(q "SELECT min(id) FROM quotes WHERE grp IS NOT NULL GROUP BY grp ORDER BY count(*) DESC, grp LIMIT 5"); do
  echo "== trace $id"
  "$warta" trace --db "$db" --format jsonl "$id" 2>/dev/null || "$warta" trace --db "$db" "$id" || true
done
