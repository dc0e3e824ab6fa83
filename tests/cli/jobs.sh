#!/usr/bin/env bash
# warta extract --jobs N writes exactly what --jobs 1 writes (documents,
# messages and exit status, in input order) for every output format, on good
# and bad records, several files, plain text and standard input.
set -uo pipefail
warta=$1
data=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
# a stream longer than one batch, with bad records among good ones
for i in $(seq 1 300); do
  case $((i % 37)) in
    5) echo '{"id": "broken", "text": ' ;;
    9) echo '[1, 2]' ;;
    *) printf '{"id": "d%d", "text": "JAKARTA - Presiden mengatakan hal %d.\\n\\n\\u201cKami siap,\\u201d kata Budi.", "published": "2023-01-0%d"}\n' "$i" "$i" $((i % 9 + 1)) ;;
  esac
done >"$tmp/stream.jsonl"
printf '{"id":"x","text":"abc \xff def"}\n{"id":"y","text":"ok"}\n' >"$tmp/badutf.jsonl"
printf 'JAKARTA - Satu artikel.\n\n"Ini kutipan," kata Ani.\n' >"$tmp/a.txt"
cases=(
  "$tmp/stream.jsonl"
  "$tmp/badutf.jsonl $tmp/stream.jsonl"
  "--repair $tmp/badutf.jsonl"
  "$tmp/a.txt"
  "$tmp/a.txt $tmp/a.txt"
  "$tmp/missing.jsonl $tmp/stream.jsonl"
  "$data/edge.jsonl $data/generated.jsonl"
)
n=0
for fmt in "" "--format jsonl" "--format json" "--format summary"; do
  for c in "${cases[@]}"; do
    # shellcheck disable=SC2086
    "$warta" extract $fmt $c >"$tmp/o1" 2>"$tmp/e1"
    s1=$?
    for j in 2 3; do
      # shellcheck disable=SC2086
      "$warta" extract --jobs $j $fmt $c >"$tmp/o2" 2>"$tmp/e2"
      s2=$?
      n=$((n + 1))
      if [ $s1 != $s2 ] || ! cmp -s "$tmp/o1" "$tmp/o2" || ! cmp -s "$tmp/e1" "$tmp/e2"; then
        echo "FAIL --jobs $j $fmt $c: differs from --jobs 1 (exit $s2 vs $s1)"
        fail=1
      fi
    done
  done
done
"$warta" extract --jobs 2 --format jsonl - <"$tmp/stream.jsonl" >"$tmp/o2" 2>/dev/null
"$warta" extract --format jsonl - <"$tmp/stream.jsonl" >"$tmp/o1" 2>/dev/null
cmp -s "$tmp/o1" "$tmp/o2" || { echo "FAIL --jobs 2 on standard input"; fail=1; }
"$warta" extract --jobs 0 "$tmp/a.txt" >/dev/null 2>&1
[ $? = 2 ] || { echo "FAIL --jobs 0 is not a usage error"; fail=1; }
[ $fail = 0 ] && echo "ok   --jobs 2 and 3 match --jobs 1 in $n runs"
exit $fail
