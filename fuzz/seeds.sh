#!/usr/bin/env bash
# Builds the seed corpora fuzz/corpus-<target>/ (git-ignored) from what the
# tests already hold: the "in:" inputs of tests/data/**/*.cases, samples/*.txt,
# the reference article in ../shared/golden, and tests/regress/<target>/.
#   fuzz/seeds.sh [SHARED]        SHARED defaults to ../shared
# Existing corpus files are kept (a corpus grows while fuzzing); seeds are
# named by content hash, so running this again adds nothing twice.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${1:-$root/../shared}

python3 - "$root" "$shared" <<'EOF'
import glob, hashlib, json, os, sys

root, shared = sys.argv[1], sys.argv[2]

def unescape(v):
    out, i = [], 0
    while i < len(v):
        if v[i] == '\\' and i + 1 < len(v) and v[i + 1] in 'nrt':
            out.append({'n': '\n', 'r': '\r', 't': '\t'}[v[i + 1]])
            i += 2
        else:
            out.append(v[i])
            i += 1
    return ''.join(out)

def case_inputs(path):
    """The "in:" texts of a .cases file (repeated keys join with newlines)."""
    cur = None
    for line in open(path, encoding='utf-8').read().split('\n') + ['']:
        if not line.strip():
            if cur is not None:
                yield cur
            cur = None
            continue
        if line.startswith('#'):
            continue
        if line.startswith('in:'):
            v = unescape(line[3:].lstrip(' ') if len(line) > 3 else '')
            cur = v if cur is None else cur + '\n' + v

texts = []
for p in sorted(glob.glob(os.path.join(root, 'tests/data/**/*.cases'), recursive=True)):
    texts += list(case_inputs(p))
articles = sorted(glob.glob(os.path.join(root, 'samples/*.txt')) + glob.glob(os.path.join(shared, 'golden/*.txt')))
arts = [open(p, encoding='utf-8').read() for p in articles]
texts += arts

def put(target, data):
    d = os.path.join(root, 'fuzz', 'corpus-' + target)
    os.makedirs(d, exist_ok=True)
    name = os.path.join(d, 'seed-' + hashlib.sha1(data).hexdigest()[:16])
    if not os.path.exists(name):
        with open(name, 'wb') as f:
            f.write(data)

# extract: control byte + text (fuzz/fuzz_extract.c)
for t in texts:
    put('extract', b'\x00' + t.encode('utf-8'))
meta = b'2023-09-13|voi-kim-putin|Kim Jong-un dukung Putin|https://voi.id/berita/1\n'
for a in arts:
    b = a.encode('utf-8')
    for ctl in (0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x70):
        put('extract', bytes([ctl]) + b)
    put('extract', b'\x80' + meta + b)
    put('extract', b'\xf3' + meta + b)
    # the same article as cp1252 mojibake, and with a stray invalid byte
    moj = b.decode('utf-8').encode('utf-8').decode('cp1252', errors='replace').encode('utf-8')
    put('extract', b'\x02' + moj)
    put('extract', b'\x01' + b[:200] + b'\xff\xc0\xaf\xed\xa0\x80' + b[200:])

# jsonl: JSON Lines (fuzz/fuzz_jsonl.c)
recs = []
for i, t in enumerate(texts):
    recs.append(json.dumps({'id': str(i), 'text': t}, ensure_ascii=(i % 2 == 0)))
for a in arts:
    put('jsonl', (json.dumps({'id': 'voi', 'published': '2023-09-13', 'title': 'Kim', 'url': 'https://voi.id/1',
                              'text': a}, ensure_ascii=False) + '\n').encode('utf-8'))
for k in range(0, len(recs), 4):
    put('jsonl', ('\n'.join(recs[k:k + 4]) + '\n').encode('utf-8'))
put('jsonl', b'{"id":"a","text":"JAKARTA - Harga naik."}\n{"id":"b","text":\n{"id":"c"}\n[1,2]\n'
             b'{"id":"d","text":"bad \xff byte"}\n\r\n  \n{"id":7,"text":"Semua baik.","published":"2023-13-45"}\n')

# the regression inputs are seeds too
for target in ('extract', 'jsonl'):
    for p in sorted(glob.glob(os.path.join(root, 'tests/regress', target, '*'))):
        put(target, open(p, 'rb').read())

for target in ('extract', 'jsonl'):
    d = os.path.join(root, 'fuzz', 'corpus-' + target)
    print('fuzz/corpus-%s: %d files' % (target, len(os.listdir(d))))
EOF
