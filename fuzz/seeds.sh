#!/usr/bin/env bash
# Builds the seed corpora fuzz/corpus-<target>/ (git-ignored) from what the
# tests already hold: the "in:" inputs of tests/data/**/*.cases, samples/*.txt,
# the reference article in ../shared/golden, the HTML fixtures of tests/data/html,
# small WARC files written with tests/ingest/make_warc.py's record writers, the
# queries of tests/store/test_store.c, the requests of tests/serve/test_serve.c,
# and tests/regress/<target>/.
#   fuzz/seeds.sh [SHARED]        SHARED defaults to ../shared
# Existing corpus files are kept (a corpus grows while fuzzing); seeds are
# named by content hash, so running this again adds nothing twice.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${1:-$root/../shared}

python3 - "$root" "$shared" <<'EOF'
import glob, hashlib, json, os, re, sys

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

# html: control byte, [content type line], [url line], the page (fuzz/fuzz_html.c)
pages = sorted(glob.glob(os.path.join(root, 'tests/data/html/*.html')))
page_bytes = {os.path.basename(p)[:-5]: open(p, 'rb').read() for p in pages}
for name, b in page_bytes.items():
    put('html', b'\x00' + b)
    if len(b) < 8000:
        put('html', b'\x01' + b)
        put('html', b'\x08' + b)
        put('html', b'\x06text/html; charset=windows-1252\nhttps://berita.example/' + name.encode() + b'\n' + b)
para = '<p>Warga Desa Sukamaju menggelar rapat untuk membahas perbaikan jalan yang rusak parah sejak musim hujan.</p>'
for h in ('<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Rapat Warga | Kabar Desa</title>'
          '<meta property="article:published_time" content="2023-11-14T08:00:00+07:00">'
          '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rapat","datePublished":"2023-11-14",'
          '"author":{"name":"Budi"},"publisher":{"name":"Kabar Desa"}}</script></head><body><nav><a href="/">Beranda</a>'
          '</nav><article><h1>Rapat Warga</h1>' + para * 3 + '<div class="baca-juga">Baca juga: Jalan rusak</div>'
          '</article><footer>Hak cipta</footer></body></html>',
          '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
          '<p>Caf\xe9 \x93kutipan\x94 ' + para[3:],
          '<div><p>Baris satu<br>baris dua<br><br>baris tiga</p><ul><li>satu</li><li>dua</li></ul><pre>a\n\nb</pre>'
          '<table><tr><td>sel</td></tr></table><p>' + 'kata ' * 60 + '</p>'):
    b = h.encode('latin-1', errors='replace') if 'iso-8859-1' in h else h.encode('utf-8')
    put('html', b'\x00' + b)
    put('html', b'\x01' + b)
put('html', b'\x02text/html; charset=utf-16le\n' + '<p>halo dunia</p>'.encode('utf-16le'))
put('html', b'\x00\xff\xfe' + '<p>halo dunia</p>'.encode('utf-16le'))
put('html', b'\x00\xef\xbb\xbf<p>halo \xff dunia</p>')
put('html', b'\x00\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR')

# warc: control byte, chunk seed, the WARC data (fuzz/fuzz_warc.c), built
# with the record writers of tests/ingest/make_warc.py from small pages
sys.path.insert(0, os.path.join(root, 'tests/ingest'))
import gzip
import make_warc as mw
small = sorted((b for b in page_bytes.values() if len(b) < 5000), key=len)[:3]
if not small:
    small = [('<html><body>' + para * 3 + '</body></html>').encode()]
base = 'http://berita.example'
recs = [mw.record('warcinfo', None, b'software: warta seeds\r\n', 'application/warc-fields')]
for i, b in enumerate(small):
    uri = '%s/halaman-%d' % (base, i)
    hdrs = [('Content-Type', 'text/html; charset=utf-8')]
    body = b
    if i == 1:
        hdrs.append(('Transfer-Encoding', 'chunked'))
        body = mw.chunked(b, 300)
    elif i == 2:
        body = gzip.compress(b, mtime=0)
        hdrs.append(('Content-Encoding', 'gzip'))
    recs.append(mw.request(uri))
    recs.append(mw.record('response', uri, mw.http(200, hdrs, body), 'application/http; msgtype=response'))
recs.append(mw.record('response', base + '/logo.png', mw.http(200, [('Content-Type', 'image/png')], b'\x89PNG\r\n\x1a\n' + bytes(range(64))),
                      'application/http; msgtype=response'))
recs.append(mw.record('response', base + '/hilang', mw.http(404, [('Content-Type', 'text/html')], b'<p>Tidak ada</p>'),
                      'application/http; msgtype=response'))
recs.append(mw.record('resource', base + '/arsip.html', small[0], 'text/html'))
good = b''.join(recs)
variants = {'good': good,
            'long': good.replace(b'Content-Length: ', b'Content-Length: 9', 1),
            'short': recs[0] + recs[1] + recs[2][:len(recs[2]) // 2] + b''.join(recs[3:]),
            'garbage': b''.join(recs[:2]) + bytes(range(256)) * 4 + b''.join(recs[2:]),
            'nan': good.replace(b'Content-Length: ', b'Content-Length: x', 2),
            'badchunk': mw.record('response', base + '/rusak', mw.http(200, [('Content-Type', 'text/html'),
                                  ('Transfer-Encoding', 'chunked')], b'5\r\nabc\r\nzz\r\n<p>'), 'application/http; msgtype=response'),
            'wget': good.replace(b'WARC-Target-URI: http', b'WARC-Target-URI: <http').replace(b'.png\r\n', b'.png>\r\n'),
            'one': recs[4]}
for name, data in variants.items():
    put('warc', b'\x00\x00' + data)
    put('warc', b'\x02\x00' + data)
    put('warc', b'\x50\x2a' + data)
put('warc', b'\x01\x00' + good)
put('warc', b'\x03\x00' + good)
put('warc', b'\x26\x07' + good)
put('warc', b'\x04\x00' + good)
put('warc', b'\x00\x00' + b''.join(gzip.compress(r, mtime=0) for r in recs))
put('warc', b'\x00\x00' + gzip.compress(good, mtime=0)[:-40])

# query: control byte, lines query/speaker/source/outlet/from/to (fuzz/fuzz_query.c)
def c_literals(text):
    """The C string literals of a source file, unescaped, as bytes."""
    out = []
    for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', text):
        lit, b, i = m.group(1), bytearray(), 0
        while i < len(lit):
            ch = lit[i]
            if ch == '\\' and i + 1 < len(lit):
                nx = lit[i + 1]
                if nx == 'x':
                    j = i + 2
                    while j < len(lit) and j < i + 4 and lit[j] in '0123456789abcdefABCDEF':
                        j += 1
                    b.append(int(lit[i + 2:j], 16))
                    i = j
                    continue
                b += {'n': b'\n', 'r': b'\r', 't': b'\t', '0': b'\0'}.get(nx, nx.encode())
                i += 2
                continue
            b += ch.encode('utf-8')
            i += 1
        out.append(bytes(b))
    return out

queries = [b'harga beras', b'"harga beras" OR korup* NOT x', b'(harga OR beras) AND operasi', b'korup*',
           b'"kooperatif"', b'kata', b'caf\xc3\xa9', b'Jong-un', b'Rp14.000', b'10.30', b'NEAR(a b)', b'text:foo',
           b'""', b'*', b'(', b')', b'a OR', b'NOT harga', b'^x', b'-x', b'"unclosed', b'stok AND (beras OR gudang)']
st = open(os.path.join(root, 'tests/store/test_store.c'), encoding='utf-8').read()
for m in re.finditer(r'\.query = ("(?:[^"\\]|\\.)*")', st):
    queries += c_literals(m.group(1))
for q in queries:
    for ctl in (0x00, 0x38, 0x31):
        put('query', bytes([ctl]) + q)
for line in (b'\njokowi', b'\nKim Jong-un\ntass', b'\n\nAntara', b'\n\n\nKOMPAS', b'\n\n\n\n2023-11-13\n2023-11-14',
             b'\n\n\n\n2023-13-01', b'\n\n\n\n2024-02-29\n2023-02-29', b'\n\n\n\n\nkemarin', b'operasi\nJoko Widodo\n\nWarta',
             b'\n"Presiden\n('):
    for ctl in (0x00, 0x3b, 0x21, 0x12, 0xc0):
        put('query', bytes([ctl]) + line)

# serve: control byte, lines path/query/content type, the body (fuzz/fuzz_serve.c)
def req(ctl, path, query=b'', ctype=b'', body=b''):
    put('serve', bytes([ctl]) + path + b'\n' + query + b'\n' + ctype + b'\n' + body)

sv = open(os.path.join(root, 'tests/serve/test_serve.c'), encoding='utf-8').read()
lits = set(c_literals(sv))
for lit in sorted(lits):
    if lit.startswith(b'/') and b' ' not in lit and len(lit) < 200:
        req(0x00, lit)
        req(0x01, lit, b'v=1')
    elif b'=' in lit and b' ' not in lit.split(b'=')[0] and len(lit) < 200:
        req(0x00, b'/api/search', lit)
        req(0x00, b'/api/speakers', lit)
for path in (b'/', b'/index.html', b'/app.js', b'/style.css', b'/healthz', b'/api/stats', b'/api/search', b'/api/speakers',
             b'/api/speakers/1', b'/api/speakers/3', b'/api/quotes/1', b'/api/quotes/4', b'/api/documents/1',
             b'/api/documents/4', b'/api/trace/4', b'/api/trace/7', b'/api/quotes/0', b'/api/documents/99'):
    req(0x00, path)
    req(0x20, path)
req(0x00, b'/api/search', b'q=%22harga+beras%22+OR+korup*&sort=rank&limit=3&offset=1')
req(0x00, b'/api/search', b'documents=1&q=beras&from=2023-11-13&to=2023-11-14')
req(0x00, b'/api/search', b'speaker=Jokowi&kind=direct&source=Antara&outlet=kabar')
req(0x00, b'/api/search', b'speaker_id=2&limit=500')
req(0x00, b'/api/speakers', b'q=beras&limit=2')
req(0x08, b'/api/search')
req(0x40, b'/api/search', b'q=harga')
req(0x02, b'/api/extract', b'published=2023-09-13&id=x&title=Judul&url=https://x.example/1', b'text/plain',
    '"Baik," kata Budi.'.encode())
req(0x02, b'/api/extract', b'repair=1', b'text/plain; charset=utf-8', b'abc\xff def')
req(0x02, b'/api/extract', b'', b'text/plain; charset=iso-8859-1', b'abc')
req(0x02, b'/api/extract', b'', b'application/json', b'{}')
req(0x02, b'/api/extract', b'url=https://berita.example/a', b'text/html; charset=utf-8', small[0])
req(0x02, b'/api/extract', b'', b'text/html', b'<html><body><nav>menu</nav></body></html>')
req(0x12, b'/api/extract', b'', b'text/plain')
req(0x82, b'/api/extract', b'', b'', b'JAKARTA - Harga naik.')
req(0x03, b'/api/search')
req(0x04, b'/api/quotes/1')
req(0x05, b'/')
req(0x06, b'/healthz')
put('serve', b'\x07BREW\n/healthz\n\n\n')
put('serve', b'\x07\n/\n\n\n')
for a in arts[:2]:
    req(0x02, b'/api/extract', b'published=2023-09-13', b'text/plain', a.encode('utf-8'))

# ingest: up to 4 lines of `warta extract --with-text --format jsonl` output
# (fuzz/fuzz_ingest.c): the store tests' fixture (tests/store/fixture.py, one
# statement in three outlets), the articles through a built warta ($WARTA,
# else build/warta, when there is one) alone and with a copy under another
# URL, and the articles as results without quotes
import subprocess
fx = subprocess.run([sys.executable, os.path.join(root, 'tests/store/fixture.py')], check=True,
                    stdout=subprocess.PIPE).stdout.decode('utf-8').splitlines()
for line in fx:
    put('ingest', (line + '\n').encode('utf-8'))
put('ingest', ('\n'.join(fx[:4]) + '\n').encode('utf-8'))
put('ingest', ('\n'.join(fx[-4:]) + '\n').encode('utf-8'))
warta = os.environ.get('WARTA') or os.path.join(root, 'build', 'warta')
results = []
if os.access(warta, os.X_OK):
    r = subprocess.run([warta, 'extract', '--quiet', '--with-text', '--format', 'jsonl', '--published', '2023-11-14']
                       + articles, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if r.returncode == 0:
        results = r.stdout.decode('utf-8').splitlines()
for i, line in enumerate(results):
    copy = json.loads(line)
    copy['url'] = 'https://salinan.example/%d' % i
    put('ingest', (line + '\n').encode('utf-8'))
    put('ingest', (line + '\n' + json.dumps(copy, ensure_ascii=False) + '\n').encode('utf-8'))
for i, a in enumerate(arts):
    put('ingest', (json.dumps({'warta': 1, 'id': str(i), 'url': 'https://berita.example/%d' % i, 'text': a},
                              ensure_ascii=(i % 2 == 0)) + '\n').encode('utf-8'))

# the regression inputs are seeds too
targets = ('extract', 'jsonl', 'html', 'warc', 'query', 'serve', 'ingest')
for target in targets:
    for p in sorted(glob.glob(os.path.join(root, 'tests/regress', target, '*'))):
        put(target, open(p, 'rb').read())

for target in targets:
    d = os.path.join(root, 'fuzz', 'corpus-' + target)
    print('fuzz/corpus-%s: %d files' % (target, len(os.listdir(d))))
EOF
