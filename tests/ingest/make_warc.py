#!/usr/bin/env python3
"""make_warc.py HTMLDIR OUTDIR -- WARC files for the ingest tests.

Writes into OUTDIR, from fixture pages of HTMLDIR:

  good.warc, good.warc.gz   warcinfo, then for four pages a request and a
                            response (one with Transfer-Encoding: chunked,
                            one with Content-Encoding: gzip, one in
                            windows-1252 with the charset only in the HTTP
                            header), a PNG response, a JSON response, a 404
                            response and an HTML resource record
  lie-long.warc(.gz)        record 5's Content-Length 3000 bytes too long
  lie-short.warc(.gz)       record 5's Content-Length 700 bytes too short
  truncated.warc.gz         good.warc.gz cut inside its last page's member
  corrupt.warc.gz           bytes in the middle of record 5's member overwritten
  garbage.warc              4 KiB of binary garbage between records 3 and 4
  binpayload.warc           a text/html response whose body is binary data
  gzipped-whole.warc.gz     good.warc compressed as one gzip member
  badchunk.warc             a chunked response whose chunk sizes are wrong
  badlength.warc            a record whose Content-Length is not a number
  nested.html               100,000 nested elements around a paragraph
  huge.html                 a 20 MB page: an article among 20 MB of markup
  huge.warc.gz              huge.html as a response record, between two pages

The HTML pages in good.warc are listed in OUTDIR/pages.txt (URI, fixture
name) so the tests can compare what warta extracts from the archive with
what it extracts from the fixture file.
"""
import gzip
import os
import random
import sys

R = random.Random(7)


def record(wtype, uri, block, ctype, date='2023-11-14T03:15:22Z', length=None):
    rid = '<urn:uuid:%08x-0000-4000-8000-%012x>' % (R.getrandbits(32), R.getrandbits(48))
    head = ['WARC/1.0', 'WARC-Type: ' + wtype, 'WARC-Record-ID: ' + rid, 'WARC-Date: ' + date]
    if uri:
        head.append('WARC-Target-URI: ' + uri)
    head.append('Content-Type: ' + ctype)
    head.append('Content-Length: %d' % (len(block) if length is None else length))
    return ('\r\n'.join(head) + '\r\n\r\n').encode() + block + b'\r\n\r\n'


def http(status, headers, body):
    reason = {200: 'OK', 404: 'Not Found'}[status]
    h = ['HTTP/1.1 %d %s' % (status, reason)] + ['%s: %s' % kv for kv in headers]
    return ('\r\n'.join(h) + '\r\n\r\n').encode() + body


def chunked(body, size=777):
    out = b''
    for i in range(0, len(body), size):
        c = body[i:i + size]
        out += b'%x\r\n' % len(c) + c + b'\r\n'
    return out + b'0\r\n\r\n'


def request(uri):
    host = uri.split('/')[2]
    path = '/' + uri.split('/', 3)[3]
    blk = ('GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: warta-test\r\n\r\n' % (path, host)).encode()
    return record('request', uri, blk, 'application/http; msgtype=request')


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    page = lambda n: open(os.path.join(src, n + '.html'), 'rb').read()
    base = 'http://berita.example'
    png = b'\x89PNG\r\n\x1a\n' + bytes(R.getrandbits(8) for _ in range(3000))
    pages = [('kabarkini-banjir-bekasi', 'plain'), ('detak-krl-manggarai', 'chunked'),
             ('voks-kopi-gayo', 'gzip'), ('metropakuan-angkot-bogor', 'header-charset')]
    recs = [record('warcinfo', None, b'software: warta make_warc.py\r\nformat: WARC File Format 1.0\r\n',
                   'application/warc-fields')]
    listing = []
    for name, how in pages:
        uri = '%s/%s' % (base, name)
        body = page(name)
        hdrs = [('Content-Type', 'text/html; charset=utf-8')]
        if how == 'chunked':
            hdrs.append(('Transfer-Encoding', 'chunked'))
            body = chunked(body)
        elif how == 'gzip':
            body = gzip.compress(body)
            hdrs.append(('Content-Encoding', 'gzip'))
            hdrs.append(('Content-Length', str(len(body))))
        elif how == 'header-charset':
            hdrs = [('Content-Type', 'text/html; charset=windows-1252')]
        recs.append(request(uri))
        recs.append(record('response', uri, http(200, hdrs, body), 'application/http; msgtype=response'))
        listing.append('%s %s' % (uri, name))
    recs.append(record('response', base + '/logo.png',
                       http(200, [('Content-Type', 'image/png'), ('Content-Length', str(len(png)))], png),
                       'application/http; msgtype=response'))
    js = b'{"status": "ok", "items": [1, 2, 3]}'
    recs.append(record('response', base + '/api/data.json',
                       http(200, [('Content-Type', 'application/json')], js), 'application/http; msgtype=response'))
    recs.append(record('response', base + '/hilang.html',
                       http(404, [('Content-Type', 'text/html')], b'<html><body><h1>404 Halaman tidak ditemukan</h1><p>Halaman yang Anda cari sudah dipindahkan atau dihapus oleh redaksi kami.</p></body></html>'),
                       'application/http; msgtype=response'))
    res = page('tempa-rupiah-melemah')
    recs.append(record('resource', base + '/arsip/tempa-rupiah-melemah.html', res, 'text/html'))
    listing.append('%s/arsip/tempa-rupiah-melemah.html tempa-rupiah-melemah' % base)
    with open(os.path.join(out, 'pages.txt'), 'w') as f:
        f.write('\n'.join(listing) + '\n')

    def write(name, rs, gz):
        with open(os.path.join(out, name), 'wb') as f:
            for r in rs:
                f.write(gzip.compress(r, mtime=0) if gz else r)

    write('good.warc', recs, False)
    write('good.warc.gz', recs, True)
    with open(os.path.join(out, 'gzipped-whole.warc.gz'), 'wb') as f:
        f.write(gzip.compress(b''.join(recs), mtime=0))

    # record 5 (1-based) is the chunked page's response; its length lies
    def relength(r, delta):
        head, rest = r.split(b'\r\n\r\n', 1)
        lines = head.split(b'\r\n')
        for i, l in enumerate(lines):
            if l.startswith(b'Content-Length: '):
                lines[i] = b'Content-Length: %d' % (int(l[16:]) + delta)
        return b'\r\n'.join(lines) + b'\r\n\r\n' + rest

    for name, delta in (('lie-long', 3000), ('lie-short', -700)):
        rs = list(recs)
        rs[4] = relength(rs[4], delta)
        write(name + '.warc', rs, False)
        write(name + '.warc.gz', rs, True)

    members = [gzip.compress(r, mtime=0) for r in recs]
    # truncated: cut the last member (the resource page) in its middle
    blob = b''.join(members[:-1]) + members[-1][:len(members[-1]) // 2]
    open(os.path.join(out, 'truncated.warc.gz'), 'wb').write(blob)
    # corrupt: overwrite bytes in the middle of record 5's member
    m = bytearray(members[4])
    for i in range(len(m) // 3, len(m) // 3 + 64):
        m[i] = R.getrandbits(8)
    open(os.path.join(out, 'corrupt.warc.gz'), 'wb').write(b''.join(members[:4]) + bytes(m) + b''.join(members[5:]))
    # garbage between records 3 and 4
    garbage = bytes(R.getrandbits(8) for _ in range(4096))
    write('garbage.warc', recs[:3] + [garbage] + recs[3:], False)
    # a text/html response whose body is binary data
    binbody = bytes(R.getrandbits(8) for _ in range(5000)) + b'\x00' * 64
    rs = recs[:3] + [record('response', base + '/biner.html', http(200, [('Content-Type', 'text/html')], binbody),
                            'application/http; msgtype=response')] + recs[3:]
    write('binpayload.warc', rs, False)
    # a chunked body whose sizes are wrong, and a Content-Length that is not a number
    bad = b'5\r\nabc\r\nzz\r\n' + b'<p>' * 10
    rs = recs[:3] + [record('response', base + '/rusak.html',
                            http(200, [('Content-Type', 'text/html'), ('Transfer-Encoding', 'chunked')], bad),
                            'application/http; msgtype=response')] + recs[3:]
    write('badchunk.warc', rs, False)
    nan = recs[4].replace(b'Content-Length: ', b'Content-Length: x', 1)
    write('badlength.warc', recs[:4] + [nan] + recs[5:], False)

    # 100,000 nested elements around a paragraph
    para = '<p>' + 'Warga Desa Sukamaju menggelar rapat untuk membahas perbaikan jalan yang rusak parah. ' * 4 + '</p>'
    with open(os.path.join(out, 'nested.html'), 'w') as f:
        f.write('<!doctype html><html><head><title>Bersarang</title></head><body>')
        f.write('<div><span>' * 50000 + para + '</span></div>' * 50000)
        f.write('</body></html>')
    # a 20 MB page: an article followed by 20 MB of menus, tables and scripts
    art = page('kabarkini-banjir-bekasi').decode('utf-8')
    head, tail = art.split('</body>', 1)
    filler = []
    size = 0
    i = 0
    while size < 20 * 1024 * 1024:
        chunk = ('<div class="menu-item"><a href="/kanal/%d">Kanal %d</a></div>'
                 '<table class="data"><tr><td>%d</td><td>baris</td><td><span>nilai</span></td></tr></table>'
                 '<script>var x%d = "%s";</script>\n') % (i, i, i, i, 'z' * 80)
        filler.append(chunk)
        size += len(chunk)
        i += 1
    huge = (head + '<div class="arsip">' + ''.join(filler) + '</div></body>' + tail).encode('utf-8')
    with open(os.path.join(out, 'huge.html'), 'wb') as f:
        f.write(huge)
    hrec = record('response', base + '/besar.html', http(200, [('Content-Type', 'text/html')], huge),
                  'application/http; msgtype=response')
    write('huge.warc.gz', [recs[1], recs[2], hrec, recs[5], recs[6]], True)


if __name__ == '__main__':
    main()
