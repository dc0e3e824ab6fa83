#!/usr/bin/env bash
# Document content hashes: each stored document's hash is SHA-256 of its URL,
# a NUL byte and its text, checked against Python's hashlib for texts of
# every length around the 64-byte block boundaries (the SHA extensions of
# x86-64 processors and the portable code must both get it right).
#   hash.sh WARTA
set -euo pipefail
warta=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/in.jsonl" <<'PY'
import json, sys
words = 'Menteri itu mengatakan bahwa harga beras naik lagi minggu ini di pasar'.split()
with open(sys.argv[1], 'w') as f:
    lengths = list(range(1, 260)) + [1000, 1023, 1024, 1025, 4095, 4096, 4097, 65599]
    for i, n in enumerate(lengths):
        text = ' '.join(words[(i + k) % len(words)] for k in range(n))[:n].strip() or 'x'
        url = 'https://contoh.id/%d' % i if i % 3 else ''
        rec = {'id': 'h%d' % i, 'text': text}
        if url:
            rec['url'] = url
        f.write(json.dumps(rec) + '\n')
PY
"$warta" ingest --quiet --db "$tmp/t.db" "$tmp/in.jsonl"
python3 - "$tmp/t.db" <<'PY'
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
n = bad = 0
for h, url, text in db.execute('SELECT hash, url, text FROM documents'):
    n += 1
    want = hashlib.sha256((url or '').encode() + b'\0' + text.encode()).digest()
    if want != h:
        bad += 1
        print('FAIL %r (%d bytes): %s, want %s' % (url, len(text.encode()), h.hex(), want.hex()))
print('%d passed, %d failed' % (n - bad, bad))
sys.exit(1 if bad or n < 250 else 0)
PY
