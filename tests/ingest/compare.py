#!/usr/bin/env python3
"""compare.py WARC_JSONL PAGES_DIR_JSONL... -- checks that each page read
from a WARC archive gives the same text and metadata as the same page read
from its fixture file.

WARC_JSONL: `warta extract --format jsonl --with-text` on the archive (one
line per page, "id" = the URI).  Each further argument is URI=FILE.jsonl:
the output for the fixture page served at URI.  Prints one line per page;
exits 1 when a page is missing or differs.
"""
import json
import sys

got = {}
for line in open(sys.argv[1], encoding='utf-8'):
    if line.strip():
        d = json.loads(line)
        got[d['id']] = d
fail = 0
for arg in sys.argv[2:]:
    uri, path = arg.split('=', 1)
    want = json.loads(open(path, encoding='utf-8').read())
    d = got.get(uri)
    if d is None:
        print('FAIL %s: not in the archive output' % uri)
        fail = 1
        continue
    bad = [k for k in ('text', 'title', 'published') if d.get(k) != want.get(k)]
    if bad:
        print('FAIL %s: %s differ' % (uri, ', '.join(bad)))
        fail = 1
    else:
        print('ok   %s (%d bytes of text)' % (uri, len(d['text'])))
sys.exit(fail)
