#!/usr/bin/env bash
# The reference article (../shared/golden) through its checker.
#   run_golden.sh WARTA SHARED            every required check must pass
#   run_golden.sh WARTA SHARED PATTERN... only the checks whose line matches
#                                         one of the patterns must pass
set -euo pipefail
warta=$1
shared=$2
shift 2
out=$(mktemp)
trap 'rm -f "$out" "$out.log"' EXIT
"$warta" extract --published 2023-09-13 "$shared/golden/voi-kim-putin.txt" >"$out"
if [ $# -eq 0 ]; then
  python3 "$shared/golden/check.py" "$shared/golden/voi-kim-putin.expect.json" \
    "$shared/golden/voi-kim-putin.txt" "$out"
  exit $?
fi
python3 "$shared/golden/check.py" "$shared/golden/voi-kim-putin.expect.json" \
  "$shared/golden/voi-kim-putin.txt" "$out" >"$out.log" || true
status=0
for pat in "$@"; do
  lines=$(grep -E "^(ok|FAIL) +$pat" "$out.log" || true)
  if [ -z "$lines" ]; then echo "FAIL no check matches '$pat'"; status=1; fi
  if grep -q '^FAIL' <<<"$lines"; then status=1; fi
  [ -n "$lines" ] && echo "$lines"
done
exit $status
