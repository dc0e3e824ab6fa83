#!/usr/bin/env bash
# Every samples/NAME.txt that has a NAME.expect.json through ../shared/golden/check.py,
# extracted with the publication date its expectations give.
#   check_samples.sh WARTA [SHARED] [NAME...]
# Exit status 0 only when every required check of every sample passes.
set -euo pipefail
warta=$1
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=${2:-$here/../shared}
shift $(( $# >= 2 ? 2 : 1 ))
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$here"/samples/*.expect.json; do names+=("$(basename "$f" .expect.json)"); done
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
for name in "${names[@]}"; do
  exp=$here/samples/$name.expect.json
  txt=$here/samples/$name.txt
  pub=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["published"])' "$exp")
  echo "== $name (published $pub)"
  # make run takes the date from samples/index.tsv: it must be the same
  idx=$(awk -F'\t' -v f="$name.txt" '$1 == f {print $2}' "$here/samples/index.tsv")
  if [ "$idx" != "$pub" ]; then
    echo "FAIL  samples/index.tsv gives '$idx' for $name.txt, the expectations $pub"; status=1
  fi
  if ! "$warta" extract --format json --published "$pub" "$txt" >"$out"; then
    echo "FAIL  warta extract failed"; status=1; continue
  fi
  python3 "$shared/golden/check.py" "$exp" "$txt" "$out" || status=1
done
# every sample has a date for make run (tools/samples_jsonl.py fails otherwise)
python3 "$here/tools/samples_jsonl.py" "$here/samples" >/dev/null || status=1
exit $status
